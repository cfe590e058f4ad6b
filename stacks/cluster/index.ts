import { Construct } from 'constructs';
import { TerraformOutput, Token } from 'cdktf';
import { ClusterOutputs } from '../../modules/contracts/cluster-outputs';
import { Environment } from '../../modules/environment/load';
import { AggregatedClusterRoles } from '../../modules/kubernetes/aggregated-cluster-roles';
import { ClusterConnection } from '../../modules/kubernetes/cluster-connection';
import { DefaultStorageClass } from '../../modules/kubernetes/default-storage-class';
import { EnvironmentConfigMap } from '../../modules/kubernetes/environment-config-map';
import { FluxNamespace } from '../../modules/kubernetes/flux-namespace';
import { PriorityClasses } from '../../modules/kubernetes/priority-classes';
import { bottlerocketSettings, renderToml } from '../../modules/cluster/bottlerocket-settings';
import { BRUPOP_NODE_LABEL } from '../../modules/cluster/chart-versions';
import { ClusterAccess } from '../../modules/cluster/cluster-access';
import { ControllerRoles } from '../../modules/cluster/controller-roles';
import { EksCluster } from '../../modules/cluster/eks-cluster';
import { NodeAddons } from '../../modules/cluster/node-addons';
import { NodeUpdateOperator } from '../../modules/cluster/node-update-operator';
import { PodNetworkAddons } from '../../modules/cluster/pod-network-addons';
import { TenantRoles } from '../../modules/cluster/tenant-roles';
import { ZonalNodeGroups } from '../../modules/cluster/zonal-node-groups';
import { FluxBootstrap } from '../../modules/flux/flux-bootstrap';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { cloudWatchLogsKeyStatement, KmsKey } from '../../modules/security/kms-key';
import { NetworkOutputs } from '../network';

export interface ClusterStackProps {
  readonly environment: Environment;
  readonly network: NetworkOutputs;
}

/**
 * Layer 2: EKS and everything that makes it a platform, ending with Flux running and the
 * environment ConfigMap it substitutes from. Deploy and destroy order: README, "The cluster layer".
 */
export class ClusterStack extends PlatformStack {
  readonly outputs: ClusterOutputs;

  constructor(scope: Construct, props: ClusterStackProps) {
    super(scope, { environment: props.environment, layer: 'cluster' });
    this.useAws();
    const { environment, network } = props;
    const { account, region } = environment;
    const settings = environment.cluster;
    const name = environment.clusterName;

    const secretsKey = new KmsKey(this, 'SecretsKey', { alias: `${environment.name}/eks-secrets`, description: `${name}: Kubernetes secrets envelope encryption`, account });
    const logsKey = new KmsKey(this, 'LogsKey', {
      alias: `${environment.name}/eks-logs`,
      description: `${name}: control-plane logs`,
      account,
      statements: [cloudWatchLogsKeyStatement(region, account)],
    });
    const cluster = new EksCluster(this, 'Cluster', {
      name,
      kubernetesVersion: settings.kubernetesVersion,
      subnetIds: network.privateSubnetIds,
      serviceIpv4Cidr: settings.serviceIpv4Cidr,
      publicAccessCidrs: settings.publicAccessCidrs,
      logRetentionDays: settings.logRetentionDays,
      secretsKeyArn: secretsKey.arn,
      logsKeyArn: logsKey.arn,
    });
    new ClusterAccess(this, 'Access', { clusterName: cluster.name, mappings: settings.access });

    const podNetwork = new PodNetworkAddons(this, 'PodNetworkAddons', {
      clusterName: cluster.name,
      vpcCniVersion: settings.addonVersions.vpcCni,
      kubeProxyVersion: settings.addonVersions.kubeProxy,
    });
    const nodes = new ZonalNodeGroups(this, 'NodeGroups', {
      name,
      clusterName: cluster.name,
      kubernetesVersion: cluster.resource.version,
      availabilityZones: environment.availabilityZones,
      subnetIds: network.privateSubnetIds,
      securityGroupIds: [cluster.clusterSecurityGroupId, network.nodeSecurityGroupId],
      nodes: settings.nodes,
      userData: renderToml(bottlerocketSettings()),
      extraLabels: BRUPOP_NODE_LABEL,
      dependsOn: [podNetwork.vpcCni, podNetwork.kubeProxy],
    });
    const nodeAddons = new NodeAddons(this, 'NodeAddons', {
      name,
      clusterName: cluster.name,
      corednsVersion: settings.addonVersions.coredns,
      ebsCsiDriverVersion: settings.addonVersions.ebsCsiDriver,
      oidc: cluster.oidc,
      dependsOn: nodes.nodeGroups,
    });

    const controllers = new ControllerRoles(this, 'ControllerRoles', {
      name,
      oidc: cluster.oidc,
      hostedZoneId: network.hostedZoneId,
      searchDomainArn: network.searchDomainArn,
    });
    const tenants = new TenantRoles(this, 'TenantRoles', {
      name,
      environmentName: environment.name,
      account,
      region,
      oidc: cluster.oidc,
      tenantNames: environment.tenants.map((tenant) => tenant.name),
    });

    // Everything below talks to the Kubernetes API of the cluster created above.
    const connection = new ClusterConnection(this, 'Connection', {
      clusterName: cluster.name,
      region,
      endpoint: cluster.endpoint,
      certificateAuthorityData: cluster.certificateAuthorityData,
    });
    const running = [...nodes.nodeGroups, nodeAddons.coredns];
    new PriorityClasses(this, 'PriorityClasses');
    new AggregatedClusterRoles(this, 'AggregatedClusterRoles');
    new DefaultStorageClass(this, 'DefaultStorageClass', { dependsOn: [nodeAddons.ebsCsiDriver] });
    new NodeUpdateOperator(this, 'NodeUpdateOperator', { dependsOn: running, tolerationKeys: settings.nodes.taints.map((taint) => taint.key) });

    const fluxNamespace = new FluxNamespace(this, 'FluxNamespace', { dependsOn: running });
    const configMap = new EnvironmentConfigMap(this, 'EnvironmentConfig', {
      environment,
      namespace: fluxNamespace.name,
      values: {
        static: {
          ENVIRONMENT: environment.name,
          AWS_REGION: region,
          AWS_ACCOUNT_ID: account,
          CLUSTER_NAME: cluster.name,
          VPC_ID: network.vpcId,
          VPC_CIDR: network.vpcCidr,
          PRIVATE_SUBNET_IDS: network.privateSubnetIds.join(','),
          PRIVATE_SUBNET_CIDRS: environment.subnets.private.join(','),
          AVAILABILITY_ZONES: environment.availabilityZones.join(','),
          DATABASE_HOST: network.databaseAddress,
          DATABASE_PORT: Token.isUnresolved(network.databasePort) ? Token.asString(network.databasePort) : String(network.databasePort),
          DATABASE_SECRET_ARN: network.databaseSecretArn,
          OPENSEARCH_ENDPOINT: network.searchEndpoint,
          ECR_REGISTRY: network.registryUrl,
          HOSTED_ZONE_NAME: network.hostedZoneName,
          HOSTED_ZONE_ID: network.hostedZoneId,
          ALB_SECURITY_GROUP_ID: network.loadBalancerSecurityGroupId,
          AWS_LOAD_BALANCER_CONTROLLER_ROLE_ARN: controllers.awsLoadBalancerControllerRoleArn,
          EXTERNAL_DNS_ROLE_ARN: controllers.externalDnsRoleArn,
          FLUENT_BIT_ROLE_ARN: controllers.fluentBitRoleArn,
        },
        targetGroupArns: network.targetGroupArns,
        tenantRoleArns: tenants.roleArns,
      },
    });
    new FluxBootstrap(this, 'Flux', {
      kubernetes: connection.fluxKubernetes,
      repository: settings.gitops,
      namespace: fluxNamespace.name,
      deployKeySecretArn: network.gitopsDeployKeySecretArn,
      tolerationKeys: settings.nodes.taints.map((taint) => taint.key),
      // The ConfigMap is in place before Flux's first reconciliation (see FluxNamespace).
      dependsOn: [...running, configMap.resource],
    });

    new TerraformOutput(this, 'cluster_name', { value: cluster.name, description: 'EKS cluster name' });
    new TerraformOutput(this, 'oidc_provider_arn', { value: cluster.oidc.arn, description: 'IAM OIDC provider that IRSA roles trust' });
    this.outputs = {
      clusterName: cluster.name,
      endpoint: cluster.endpoint,
      certificateAuthorityData: cluster.certificateAuthorityData,
      oidcProviderArn: cluster.oidc.arn,
    };
  }
}
