import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { ENVIRONMENT_CONFIG_MAP, environmentConfigKeys } from '../../modules/contracts/environment-config';
import { FLUX_VERSION } from '../../modules/contracts/flux';
import { CONTROLLER_SERVICE_ACCOUNTS, serviceAccountSubject, tenantServiceAccount } from '../../modules/contracts/service-accounts';
import { CONTROL_PLANE_LOG_TYPES } from '../../modules/cluster/eks-cluster';
import { FLUX_PROVIDER_VERSIONS } from '../../modules/flux/flux-provider';
import { resourceList, resourcesOf, SynthesizedPlatform, synthShipped } from '../support/synth';

const synthesized: Record<'test' | 'prod', SynthesizedPlatform> = { test: synthShipped('test'), prod: synthShipped('prod') };
const cluster = (name: 'test' | 'prod') => synthesized[name].cluster;

/** The role (by logical ID fragment) and its inline policy documents, parsed. */
function roleNamed(stack: ReturnType<typeof cluster>, idFragment: string) {
  const [id, role] = Object.entries(resourcesOf(stack, 'aws_iam_role')).find(([key]) => key.includes(idFragment))!;
  const policies = resourceList(stack, 'aws_iam_role_policy')
    .filter((policy) => policy.role.includes(`aws_iam_role.${id}.`))
    .map((policy) => JSON.parse(policy.policy));
  return { id, role, trust: JSON.parse(role.assume_role_policy), policies };
}

describe.each(['test', 'prod'] as const)('cluster stack of %s', (name) => {
  const stack = cluster(name);
  const environment = synthesized[name].environment;
  const nodeGroups = resourceList(stack, 'aws_eks_node_group');

  test('matches the reviewed snapshot', () => {
    expect(stack.config).toMatchSnapshot();
  });

  test('given three zones, when synthesized, then there are three node groups over three distinct private subnets', () => {
    expect(nodeGroups).toHaveLength(3);
    nodeGroups.forEach((group) => expect(group.subnet_ids).toHaveLength(1));
    const subnets = nodeGroups.map((group) => group.subnet_ids[0]);
    expect(new Set(subnets).size).toBe(3);
    subnets.forEach((subnet) => expect(subnet).toMatch(/PrivateSubnet/));
    expect(nodeGroups.map((group) => group.node_group_name)).toEqual(environment.availabilityZones.map((zone) => `${environment.clusterName}-${zone}`));
  });

  test('every node group runs Bottlerocket for the architecture of its instance types', () => {
    nodeGroups.forEach((group) => expect(group.ami_type).toBe('BOTTLEROCKET_ARM_64'));
  });

  test('capacity type, instance types, sizes, labels and max unavailable come from the settings', () => {
    const nodes = environment.cluster.nodes;
    nodeGroups.forEach((group) => {
      expect(group).toMatchObject({
        capacity_type: nodes.capacityType,
        instance_types: nodes.instanceTypes,
        scaling_config: { min_size: nodes.minSizePerAz, desired_size: nodes.desiredSizePerAz, max_size: nodes.maxSizePerAz },
        update_config: { max_unavailable: nodes.maxUnavailable },
      });
      expect(group.labels).toMatchObject(nodes.labels);
      expect(group.labels['bottlerocket.aws/updater-interface-version']).toBe('2.0.0');
    });
  });

  test('nodes require IMDSv2, keep metadata off the pod network, encrypt their volumes and carry the node security group', () => {
    const [template] = resourceList(stack, 'aws_launch_template');
    expect(template.metadata_options).toMatchObject({ http_tokens: 'required', http_put_response_hop_limit: 1 });
    expect(template.block_device_mappings.map((mapping: any) => mapping.ebs.encrypted)).toEqual(['true', 'true']);
    expect(template.block_device_mappings[1].ebs.volume_size).toBe(environment.cluster.nodes.diskSizeGib);
    expect(template.vpc_security_group_ids).toEqual([expect.stringMatching(/cluster_security_group_id/), expect.stringMatching(/NodeSecurityGroup/)]);
    expect(Buffer.from(template.user_data, 'base64').toString('utf8')).toContain('[settings.host-containers.admin]\nenabled = false');
    nodeGroups.forEach((group) => expect(group.launch_template.id).toMatch(/aws_launch_template\./));
  });

  test('the control plane is private, encrypts secrets with a rotated customer key and logs every type for the set retention', () => {
    const [control] = resourceList(stack, 'aws_eks_cluster');
    expect(control.version).toBe(environment.cluster.kubernetesVersion);
    expect(control.vpc_config.endpoint_private_access).toBe(true);
    expect(control.vpc_config.endpoint_public_access).toBe(environment.cluster.publicAccessCidrs.length > 0);
    expect(control.encryption_config.resources).toEqual(['secrets']);
    const keyId = /aws_kms_key\.([\w]+)\.arn/.exec(control.encryption_config.provider.key_arn)![1];
    expect(resourcesOf(stack, 'aws_kms_key')[keyId].enable_key_rotation).toBe(true);
    expect(control.enabled_cluster_log_types).toEqual([...CONTROL_PLANE_LOG_TYPES]);
    const [logGroup] = resourceList(stack, 'aws_cloudwatch_log_group');
    expect(logGroup).toMatchObject({ name: `/aws/eks/${environment.clusterName}/cluster`, retention_in_days: environment.cluster.logRetentionDays });
    expect(logGroup.kms_key_id).toMatch(/aws_kms_key\./);
    expect(control.access_config.authentication_mode).toBe('API');
  });

  test('vpc-cni enforces network policy; every add-on version is pinned from the settings', () => {
    const addons = Object.fromEntries(resourceList(stack, 'aws_eks_addon').map((addon: any) => [addon.addon_name, addon]));
    expect(JSON.parse(addons['vpc-cni'].configuration_values)).toEqual({ enableNetworkPolicy: 'true' });
    const versions = environment.cluster.addonVersions;
    expect(Object.fromEntries(Object.entries<any>(addons).map(([addonName, addon]) => [addonName, addon.addon_version]))).toEqual({
      'vpc-cni': versions.vpcCni,
      'kube-proxy': versions.kubeProxy,
      coredns: versions.coredns,
      'aws-ebs-csi-driver': versions.ebsCsiDriver,
    });
    expect(addons['aws-ebs-csi-driver'].service_account_role_arn).toMatch(/EbsCsiDriverRole/);
  });

  test('external-dns may change only the environment zone', () => {
    const { trust, policies } = roleNamed(stack, 'ExternalDns');
    const statements = policies.flatMap((policy) => policy.Statement);
    const changes = statements.filter((statement: any) => [statement.Action].flat().includes('route53:ChangeResourceRecordSets'));
    expect(changes).toHaveLength(1);
    expect(changes[0].Resource).toMatch(/^arn:aws:route53:::hostedzone\/\$\{data\.terraform_remote_state\..*HostedZone.*zone_id\}$/);
    statements
      .filter((statement: any) => statement !== changes[0])
      .forEach((statement: any) => [statement.Action].flat().forEach((action: string) => expect(action).toMatch(/^route53:List/)));
    expect(Object.values(trust.Statement[0].Condition.StringEquals)).toContain(serviceAccountSubject(CONTROLLER_SERVICE_ACCOUNTS.externalDns));
  });

  test('Fluent Bit may call the OpenSearch HTTP API of the environment domain only', () => {
    const [statement] = roleNamed(stack, 'FluentBit').policies[0].Statement;
    expect(statement.Action).toBe('es:ESHttp*');
    [statement.Resource].flat().forEach((resource: string) => expect(resource).toMatch(/aws_opensearch_domainSearch.*arn/));
  });

  test.each(['payments', 'ledger'])('tenant %s role is trusted by its workload account only and reads only its own secrets', (tenant) => {
    const { trust, policies } = roleNamed(stack, `Tenant${tenant[0].toUpperCase()}${tenant.slice(1)}`);
    expect(Object.values(trust.Statement[0].Condition.StringEquals)).toEqual([serviceAccountSubject(tenantServiceAccount(tenant)), 'sts.amazonaws.com']);
    const read = policies[0].Statement.find((statement: any) => statement.Sid === 'ReadOwnSecretsOnly');
    expect(read.Resource).toBe(`arn:aws:secretsmanager:${environment.region}:${environment.account}:secret:${name}/tenants/${tenant}/*`);
    const decrypt = policies[0].Statement.find((statement: any) => statement.Sid === 'DecryptThroughSecretsManager');
    expect(decrypt.Resource).toBe(`arn:aws:kms:${environment.region}:${environment.account}:key/*`);
    expect(decrypt.Condition.StringLike['kms:EncryptionContext:SecretARN']).toBe(read.Resource);
  });

  test('maps each identity-provider role to its groups with the configured access policy', () => {
    const entries = resourceList(stack, 'aws_eks_access_entry');
    expect(entries.map((entry) => [entry.principal_arn, entry.kubernetes_groups])).toEqual(
      environment.cluster.access.map((mapping) => [mapping.roleArn, mapping.kubernetesGroups]),
    );
    expect(resourceList(stack, 'aws_eks_access_policy_association').map((association) => association.policy_arn.split('/').pop())).toEqual(
      environment.cluster.access.map((mapping) => ({ 'cluster-admin': 'AmazonEKSClusterAdminPolicy', admin: 'AmazonEKSAdminPolicy', edit: 'AmazonEKSEditPolicy', view: 'AmazonEKSViewPolicy' })[mapping.accessPolicy!]),
    );
  });

  test('aggregated ClusterRoles roll up into view, edit and admin; three PriorityClasses exist', () => {
    const labels = resourceList(stack, 'kubernetes_cluster_role_v1').map((role) => Object.keys(role.metadata.labels));
    expect(labels.flat()).toEqual(expect.arrayContaining(['rbac.authorization.k8s.io/aggregate-to-view', 'rbac.authorization.k8s.io/aggregate-to-edit', 'rbac.authorization.k8s.io/aggregate-to-admin']));
    const ruleResources = resourceList(stack, 'kubernetes_cluster_role_v1').flatMap((role) => role.rule.flatMap((rule: any) => rule.resources));
    expect(ruleResources).not.toContain('*');
    expect(resourceList(stack, 'kubernetes_priority_class_v1').map((priority) => priority.metadata.name).sort()).toEqual(['business-critical', 'low', 'platform-critical']);
  });

  test('the default StorageClass is encrypted gp3, bound when the first consumer is scheduled', () => {
    const [storageClass] = resourceList(stack, 'kubernetes_storage_class_v1');
    expect(storageClass).toMatchObject({
      storage_provisioner: 'ebs.csi.aws.com',
      volume_binding_mode: 'WaitForFirstConsumer',
      parameters: { type: 'gp3', encrypted: 'true' },
      metadata: { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    });
  });

  test('brupop and cert-manager are installed from pinned charts once nodes run', () => {
    const releases = resourceList(stack, 'helm_release');
    expect(releases.map((release) => release.chart).sort()).toEqual(['bottlerocket-shadow', 'bottlerocket-update-operator', 'cert-manager']);
    releases.forEach((release) => expect(release.version).toMatch(/^v?\d+\.\d+\.\d+$/));
  });

  test('the environment ConfigMap in flux-system carries every documented key and nothing else', () => {
    const [configMap] = resourceList(stack, 'kubernetes_config_map_v1');
    expect(configMap.metadata.name).toBe(ENVIRONMENT_CONFIG_MAP.name);
    expect(configMap.metadata.namespace).toMatch(/kubernetes_namespace_v1\.FluxNamespace/);
    expect(resourceList(stack, 'kubernetes_namespace_v1')[0].metadata.name).toBe(ENVIRONMENT_CONFIG_MAP.namespace);
    expect(Object.keys(configMap.data).sort()).toEqual(Object.keys(environmentConfigKeys(environment)).sort());
    expect(configMap.data).toMatchObject({ ENVIRONMENT: name, AWS_REGION: environment.region, CLUSTER_NAME: expect.stringMatching(/aws_eks_cluster\./) });
  });

  test('no secret value reaches the ConfigMap or any output', () => {
    const [configMap] = resourceList(stack, 'kubernetes_config_map_v1');
    const secretish = /secret_string|secret_binary|password|private_key|ephemeral\.|secretsmanager_secret_version/i;
    Object.values(configMap.data).forEach((value) => expect(String(value)).not.toMatch(secretish));
    Object.values(stack.config.output ?? {}).forEach((output: any) => expect(JSON.stringify(output.value)).not.toMatch(secretish));
    // The deploy key is read ephemerally and used in the flux provider block only.
    const uses = stack.json.match(/ephemeral\.aws_secretsmanager_secret_version\.[\w.]+/g) ?? [];
    expect(uses).toEqual(['ephemeral.aws_secretsmanager_secret_version.gitops_deploy_key.secret_string']);
    expect(stack.config.provider.flux[0].git.ssh.private_key).toBe('${ephemeral.aws_secretsmanager_secret_version.gitops_deploy_key.secret_string}');
    expect(stack.config.ephemeral.aws_secretsmanager_secret_version.gitops_deploy_key.secret_id).toMatch(/^\$\{local\./);
    expect(stack.config.variable ?? {}).toEqual({});
    // Ephemeral resources exist from Terraform 1.10 on.
    expect(stack.config.terraform.required_version).toBe('>= 1.10.0');
  });

  test('Flux is bootstrapped from the environment repository path, after the ConfigMap, keeping namespace and repository on destroy', () => {
    const [bootstrap] = resourceList(stack, 'flux_bootstrap_git');
    expect(bootstrap).toMatchObject({ path: environment.cluster.gitops.path, embedded_manifests: true, keep_namespace: true, delete_git_manifests: false });
    expect(bootstrap.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^kubernetes_config_map_v1\./), expect.stringMatching(/^aws_eks_addon\..*Coredns/)]));
    expect(stack.config.provider.flux[0].git).toMatchObject({ url: environment.cluster.gitops.url, branch: environment.cluster.gitops.branch });
    expect(stack.config.terraform.required_providers.flux).toEqual({ source: 'fluxcd/flux', version: FLUX_PROVIDER_VERSIONS[FLUX_VERSION] });
  });

  test('kubernetes, helm and flux providers are configured from the cluster resource and aws eks get-token, not a data source', () => {
    const providers = stack.config.provider;
    const hosts = [providers.kubernetes[0].host, providers.helm[0].kubernetes.host, providers.flux[0].kubernetes.host];
    hosts.forEach((host) => expect(host).toMatch(/^\$\{aws_eks_cluster\.\w+\.endpoint\}$/));
    expect(providers.kubernetes[0].exec[0]).toMatchObject({ command: 'aws', args: expect.arrayContaining(['eks', 'get-token']) });
    expect(Object.keys(stack.config.data ?? {})).toEqual(['terraform_remote_state']);
  });
});

describe('differences between test and prod come from their settings', () => {
  test('test runs SPOT over several instance types, prod ON_DEMAND', () => {
    const capacity = (name: 'test' | 'prod') => resourceList(cluster(name), 'aws_eks_node_group').map((group) => group.capacity_type);
    expect(capacity('test')).toEqual(['SPOT', 'SPOT', 'SPOT']);
    expect(resourceList(cluster('test'), 'aws_eks_node_group')[0].instance_types.length).toBeGreaterThanOrEqual(2);
    expect(capacity('prod')).toEqual(['ON_DEMAND', 'ON_DEMAND', 'ON_DEMAND']);
  });

  test('prod has no public API endpoint; test admits only its listed CIDRs', () => {
    expect(cluster('prod').json).toHaveResourceWithProperties(EksCluster, { name: 'prod-platform', bootstrap_self_managed_addons: false });
    expect(resourceList(cluster('prod'), 'aws_eks_cluster')[0].vpc_config.endpoint_public_access).toBe(false);
    const [testControl] = resourceList(cluster('test'), 'aws_eks_cluster');
    expect(testControl.vpc_config.public_access_cidrs).toEqual(['203.0.113.0/24']);
    expect(resourceList(cluster('prod'), 'aws_eks_cluster')[0].vpc_config).not.toHaveProperty('public_access_cidrs');
  });

  test('the gitops stack receives the real cluster attributes', () => {
    const outputs = synthesized.prod.platform.cluster.outputs;
    expect(Object.keys(outputs).sort()).toEqual(['certificateAuthorityData', 'clusterName', 'endpoint', 'oidcProviderArn']);
    expect(synthesized.prod.gitops.json).toContain('cross-stack-output-aws_eks_cluster');
  });
});
