import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ENVIRONMENT_CONFIG_MAP, environmentConfigKeys, tenantRoleArnKey } from '../../modules/contracts/environment-config';
import { CONTROLLER_SERVICE_ACCOUNTS, tenantServiceAccount } from '../../modules/contracts/service-accounts';
import { FLUX_API_VERSIONS } from '../../modules/gitops/flux/api-versions';
import { EXACT_SEMVER } from '../../modules/gitops/flux/helm-release';
import { forEachString, mapStrings, parseFluxString, variableNames } from '../../modules/gitops/flux-variables';
import { fluxRepositoryFiles } from '../../modules/gitops/flux-repository-layout';
import { compact, LAYERS, objectId } from '../../modules/gitops/kubernetes-object';
import { resourcesOf, SynthesizedPlatform, synthShipped } from '../support/synth';

const synthesized: Record<'test' | 'prod', SynthesizedPlatform> = { test: synthShipped('test'), prod: synthShipped('prod') };

/** The synthesized kubernetes_manifest resources, with Terraform's ConfigMap lookups turned back into Flux variables. */
function appliedObjects(name: 'test' | 'prod'): Record<string, any>[] {
  const reference = /\$\{data\.kubernetes_config_map_v1\.[\w-]+\.data\["([A-Z0-9_]+)"\]\}/g;
  return Object.values(resourcesOf(synthesized[name].gitops, 'kubernetes_manifest')).map(
    (resource) => mapStrings(resource.manifest, (text) => text.replace(reference, (_match, key: string) => `\${${key}}`)) as Record<string, any>,
  );
}

describe.each(['test', 'prod'] as const)('gitops stack of %s', (name) => {
  const { environment, gitops, platform } = synthesized[name];
  const objects = platform.gitops.manifests.map((manifest) => compact(manifest.object));
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind) as any[];

  test('matches the reviewed snapshot', () => {
    expect(gitops.config).toMatchSnapshot();
  });

  test('talks to the cluster with a token from aws eks get-token, not a stored credential', () => {
    expect(gitops.json).toHaveProviderWithProperties(KubernetesProvider, {
      exec: [expect.objectContaining({ command: 'aws', args: ['eks', 'get-token', '--cluster-name', expect.stringMatching(/outputs\.cross-stack-output-aws_eks_cluster\w+name\}$/), '--region', environment.region] })],
    });
    const [provider] = gitops.config.provider.kubernetes;
    expect(provider.host).toMatch(/outputs\.cross-stack-output-aws_eks_cluster\w+endpoint\}$/);
    expect(provider).not.toHaveProperty('token');
    expect(gitops.config.data).not.toHaveProperty('aws_eks_cluster');
  });

  test('applies exactly the objects of the Flux repository layout, substitution by Terraform aside', () => {
    const layout = [...fluxRepositoryFiles(environment, platform.gitops.manifests)]
      .filter(([file]) => !file.startsWith('clusters/'))
      .flatMap(([, fileObjects]) => fileObjects);
    expect(appliedObjects(name)).toEqual(expect.arrayContaining(layout));
    expect(appliedObjects(name)).toHaveLength(layout.length);
  });

  test('substitutes every variable from the environment ConfigMap, read through the Kubernetes API', () => {
    expect(Object.values(gitops.config.data.kubernetes_config_map_v1)).toEqual([
      expect.objectContaining({ metadata: { name: ENVIRONMENT_CONFIG_MAP.name, namespace: ENVIRONMENT_CONFIG_MAP.namespace } }),
    ]);
    const used = new Set<string>();
    objects.forEach((object) => forEachString(object, (text) => variableNames(parseFluxString(text)).forEach((key) => used.add(key))));
    expect([...used].filter((key) => !(key in environmentConfigKeys(environment)))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
    expect(JSON.stringify(appliedObjects(name))).not.toMatch(/data\.kubernetes_config_map_v1/);
  });

  test('every tenant has its namespace under PSA restricted, quota, limit range, default deny and IRSA account', () => {
    for (const tenant of environment.tenants) {
      const inTenant = (kind: string) => ofKind(kind).filter((object) => object.metadata.namespace === tenant.name);
      const [namespace] = ofKind('Namespace').filter((object) => object.metadata.name === tenant.name);
      for (const mode of ['enforce', 'audit', 'warn']) expect(namespace.metadata.labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
      expect(inTenant('ResourceQuota')).toEqual([expect.objectContaining({ spec: { hard: expect.objectContaining({ 'limits.cpu': `${tenant.quota.cpu}`, 'limits.memory': `${tenant.quota.memoryGib}Gi`, pods: `${tenant.quota.pods}` }) } })]);
      expect(inTenant('LimitRange')).toHaveLength(1);
      const denyAll = inTenant('NetworkPolicy').find((policy) => policy.metadata.name === 'default-deny');
      expect(denyAll.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
      expect(inTenant('NetworkPolicy').map((policy) => policy.metadata.name)).toEqual(expect.arrayContaining(['allow-dns', 'allow-same-namespace']));
      expect(inTenant('RoleBinding').find((binding) => binding.metadata.name === 'tenant-edit').subjects).toEqual([
        { kind: 'Group', name: tenant.kubernetesGroup, apiGroup: 'rbac.authorization.k8s.io' },
      ]);
      const workload = tenantServiceAccount(tenant.name);
      const account = ofKind('ServiceAccount').find((object) => object.metadata.name === workload.name && object.metadata.namespace === workload.namespace);
      expect(account.metadata.annotations['eks.amazonaws.com/role-arn']).toBe(`\${${tenantRoleArnKey(tenant.name)}}`);
    }
  });

  test('every tenant repository is synced into its namespace only, as its own service account, with the environment values', () => {
    const syncs = ofKind('Kustomization');
    expect(syncs).toHaveLength(environment.tenants.length);
    for (const tenant of environment.tenants) {
      const sync = syncs.find((object) => object.spec.targetNamespace === tenant.name);
      expect(sync.spec).toMatchObject({ path: tenant.repository.path, serviceAccountName: `tenant-${tenant.name}`, prune: true, wait: true });
      expect(sync.spec.postBuild.substituteFrom).toEqual([{ kind: 'ConfigMap', name: ENVIRONMENT_CONFIG_MAP.name }]);
      const source = ofKind('GitRepository').find((object) => object.metadata.name === sync.spec.sourceRef.name);
      expect(source.spec).toMatchObject({ url: tenant.repository.url, ref: { branch: tenant.repository.branch } });
    }
  });

  test('admits the ALB to bound pods from the public subnets only, on the target ports', () => {
    const policy = ofKind('NetworkPolicy').find((object) => object.metadata.name === 'allow-from-load-balancer');
    expect(policy.spec.ingress).toEqual([{ from: environment.subnets.public.map((cidr) => ({ ipBlock: { cidr } })), ports: [{ protocol: 'TCP', port: 8080 }] }]);
    const bindings = ofKind('TargetGroupBinding');
    expect(bindings.map((binding) => binding.spec.targetGroupARN).sort()).toEqual(['${ALB_TARGET_GROUP_ARN_API}', '${ALB_TARGET_GROUP_ARN_WEB}']);
    bindings.forEach((binding) => expect(binding.spec.networking.ingress[0].from).toEqual([{ securityGroup: { groupID: '${ALB_SECURITY_GROUP_ID}' } }]));
  });

  test('every HelmRelease pins an exact chart version, directly or through its OCIRepository tag', () => {
    const releases = ofKind('HelmRelease');
    expect(releases.length).toBe(4);
    for (const release of releases) {
      const version = release.spec.chart?.spec.version ?? ofKind('OCIRepository').find((source) => source.metadata.name === release.spec.chartRef.name).spec.ref.tag;
      expect(version).toMatch(EXACT_SEMVER);
      expect(release.spec.install.remediation.retries).toBeGreaterThan(0);
      expect(release.spec.upgrade.remediation).toMatchObject({ strategy: 'rollback' });
    }
    expect(releases.find((release) => release.metadata.name === 'aws-load-balancer-controller').spec.chart.spec.version).toBe(environment.gitops.awsLoadBalancerController.chartVersion);
  });

  test('annotates every controller service account with its IRSA role from the ConfigMap', () => {
    const values = (release: string) => ofKind('HelmRelease').find((object) => object.metadata.name === release).spec.values;
    const expected = [
      ['aws-load-balancer-controller', CONTROLLER_SERVICE_ACCOUNTS.awsLoadBalancerController, 'AWS_LOAD_BALANCER_CONTROLLER_ROLE_ARN'],
      ['external-dns', CONTROLLER_SERVICE_ACCOUNTS.externalDns, 'EXTERNAL_DNS_ROLE_ARN'],
      ['fluent-bit', CONTROLLER_SERVICE_ACCOUNTS.fluentBit, 'FLUENT_BIT_ROLE_ARN'],
    ] as const;
    for (const [release, account, key] of expected) {
      expect(ofKind('HelmRelease').find((object) => object.metadata.name === release).spec.targetNamespace).toBe(account.namespace);
      expect(values(release).serviceAccount).toEqual({ create: true, name: account.name, annotations: { 'eks.amazonaws.com/role-arn': `\${${key}}` } });
    }
    expect(ofKind('HelmRelease').find((object) => object.metadata.name === 'aws-load-balancer-controller').spec.valuesFrom.map((reference: any) => [reference.name, reference.valuesKey, reference.targetPath])).toEqual([
      [ENVIRONMENT_CONFIG_MAP.name, 'CLUSTER_NAME', 'clusterName'],
      [ENVIRONMENT_CONFIG_MAP.name, 'AWS_REGION', 'region'],
      [ENVIRONMENT_CONFIG_MAP.name, 'VPC_ID', 'vpcId'],
    ]);
    expect(values('external-dns')).toMatchObject({ domainFilters: ['${HOSTED_ZONE_NAME}'], extraArgs: expect.arrayContaining(['--zone-id-filter=${HOSTED_ZONE_ID}']) });
    expect(values('fluent-bit').config.outputs).toMatch(/Host \$\{OPENSEARCH_ENDPOINT\}[\s\S]*AWS_Auth On/);
  });

  test('spreads Prometheus over the zones, its volumes created in each pod\'s zone', () => {
    const values = ofKind('HelmRelease').find((object) => object.metadata.name === 'kube-prometheus-stack').spec.values;
    expect(values.prometheus.prometheusSpec.topologySpreadConstraints[0]).toMatchObject({ topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule' });
    expect(values.prometheus.prometheusSpec.replicas).toBe(environment.gitops.monitoring.prometheus.replicas);
    const storageClass = ofKind('StorageClass')[0];
    expect(values.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.storageClassName).toBe(storageClass.metadata.name);
    expect(storageClass).toMatchObject({ volumeBindingMode: 'WaitForFirstConsumer', parameters: { encrypted: 'true' } });
    expect(ofKind('PrometheusRule')[0].spec.groups.flatMap((group: any) => group.rules.map((rule: any) => rule.alert))).toEqual(
      expect.arrayContaining(['FluxReconciliationFailing', 'PlatformControllerDown', 'NodeNotReady']),
    );
  });

  test('orders the layers as Flux would: each object after its namespace and after the previous layer', () => {
    const resources = resourcesOf(gitops, 'kubernetes_manifest');
    const address = (id: string) => `kubernetes_manifest.${id}`;
    const layerOf = new Map(platform.gitops.manifests.map((manifest) => [address(manifest.resource.friendlyUniqueId), manifest.layer]));
    for (const manifest of platform.gitops.manifests) {
      const dependsOn: string[] = resources[manifest.resource.friendlyUniqueId].depends_on ?? [];
      const previous = LAYERS[LAYERS.indexOf(manifest.layer) - 1];
      if (previous) expect(dependsOn.filter((dependency) => layerOf.get(dependency) === previous).length).toBe(platform.gitops.manifests.filter((m) => m.layer === previous).length);
      expect(dependsOn.every((dependency) => /^kubernetes_manifest\.\w+$/.test(dependency))).toBe(true);
    }
    const binding = platform.gitops.manifests.find((manifest) => manifest.object.kind === 'TargetGroupBinding')!;
    const namespace = platform.gitops.manifests.find((manifest) => manifest.object.kind === 'Namespace' && manifest.object.metadata.name === binding.object.metadata.namespace)!;
    expect(resources[binding.resource.friendlyUniqueId].depends_on).toContain(address(namespace.resource.friendlyUniqueId));
    expect(objects.map(objectId)).toEqual([...new Set(objects.map(objectId))]);
  });
});

describe('differences between test and prod come from their settings', () => {
  const release = (name: 'test' | 'prod', release: string) =>
    synthesized[name].platform.gitops.manifests.map((manifest) => manifest.object as any).find((object) => object.kind === 'HelmRelease' && object.metadata.name === release);

  test('prod runs three Prometheus replicas with longer retention, test one', () => {
    expect(release('prod', 'kube-prometheus-stack').spec.values.prometheus.prometheusSpec).toMatchObject({ replicas: 3, retention: '15d' });
    expect(release('test', 'kube-prometheus-stack').spec.values.prometheus.prometheusSpec).toMatchObject({ replicas: 1, retention: '3d' });
  });

  test('each environment pins its own controller chart version', () => {
    expect(release('test', 'aws-load-balancer-controller').spec.chart.spec.version).toBe('1.14.0');
    expect(release('prod', 'aws-load-balancer-controller').spec.chart.spec.version).toBe('1.13.4');
  });
});

describe('the platform alerts on Flux', () => {
  const { platform } = synthesized.prod;
  const values = (platform.gitops.manifests.map((manifest) => manifest.object as any).find((object) => object.metadata.name === 'kube-prometheus-stack' && object.kind === 'HelmRelease')).spec.values;

  test('kube-state-metrics exports gotk_resource_info for every Flux kind the layer uses, which the Flux alerts read', () => {
    const resources = values['kube-state-metrics'].customResourceState.config.spec.resources;
    expect(resources.map((resource: any) => `${resource.groupVersionKind.group}/${resource.groupVersionKind.version} ${resource.groupVersionKind.kind}`)).toEqual(
      Object.entries(FLUX_API_VERSIONS).map(([kind, apiVersion]) => `${apiVersion} ${kind}`),
    );
    expect(values['kube-state-metrics'].rbac.extraRules[0].resources).toEqual(['gitrepositories', 'ocirepositories', 'helmrepositories', 'kustomizations', 'helmreleases']);
    const rule = platform.gitops.manifests.map((manifest) => manifest.object as any).find((object) => object.kind === 'PrometheusRule');
    const fluxRules = rule.spec.groups.find((group: any) => group.name === 'platform.flux').rules;
    fluxRules.forEach((alert: any) => expect(alert.expr).toContain('gotk_resource_info'));
  });
});
