import { Construct } from 'constructs';
import { Environment } from '../../modules/environment/load';
import { Database } from '../../modules/data/database';
import { SearchDomain } from '../../modules/data/search-domain';
import { HostedZone } from '../../modules/edge/hosted-zone';
import { PublicLoadBalancer } from '../../modules/edge/public-load-balancer';
import { WebAcl } from '../../modules/edge/web-acl';
import { VpcFlowLogs } from '../../modules/network/flow-logs';
import { NodeSecurityGroup } from '../../modules/network/node-security-group';
import { Vpc } from '../../modules/network/vpc';
import { VpcEndpoints } from '../../modules/network/vpc-endpoints';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { ContainerRegistry } from '../../modules/registry/container-registry';
import { cloudWatchLogsKeyStatement, KmsKey } from '../../modules/security/kms-key';
import { PlatformSecrets } from '../../modules/security/platform-secrets';

/**
 * What the network layer hands to the cluster layer. Every value is a Terraform reference, so cdktf
 * turns each one the cluster stack uses into an output of this stack and a remote-state read there.
 * None is a secret: the database password stays in Secrets Manager and only its ARN travels.
 */
export interface NetworkOutputs {
  readonly vpcId: string;
  readonly vpcCidr: string;
  readonly privateSubnetIds: string[];
  readonly publicSubnetIds: string[];
  /** Attached to every node; the data services and the ALB admit it. */
  readonly nodeSecurityGroupId: string;
  readonly databaseAddress: string;
  readonly databasePort: number;
  readonly databaseSecretArn: string;
  readonly searchEndpoint: string;
  readonly searchDomainArn: string;
  readonly loadBalancerSecurityGroupId: string;
  /** Target group ARN by the environment's target group name. */
  readonly targetGroupArns: Record<string, string>;
  readonly registryUrl: string;
  readonly hostedZoneId: string;
  readonly hostedZoneName: string;
  readonly gitopsDeployKeySecretArn: string;
  readonly gitopsDeployKeySecretName: string;
}

/** Layer 1: the VPC and the managed services the workloads use. */
export class NetworkStack extends PlatformStack {
  readonly outputs: NetworkOutputs;

  constructor(scope: Construct, environment: Environment) {
    super(scope, { environment, layer: 'network' });
    this.useAws();
    const name = environment.clusterName;
    const { account, region, deletionProtection } = environment;

    const storageKey = new KmsKey(this, 'StorageKey', {
      alias: `${environment.name}/storage`,
      description: `${environment.name}: RDS, OpenSearch and Secrets Manager`,
      account,
    });
    const logsKey = new KmsKey(this, 'LogsKey', {
      alias: `${environment.name}/logs`,
      description: `${environment.name}: CloudWatch Logs`,
      account,
      statements: [cloudWatchLogsKeyStatement(region, account)],
    });
    const registryKey = new KmsKey(this, 'RegistryKey', { alias: `${environment.name}/registry`, description: `${environment.name}: ECR`, account });

    const vpc = new Vpc(this, 'Vpc', {
      name,
      cidr: environment.network.vpcCidr,
      availabilityZones: environment.availabilityZones,
      subnetCidrs: environment.subnets,
      natGateways: environment.network.natGateways,
      clusterName: environment.clusterName,
    });
    new VpcFlowLogs(this, 'FlowLogs', { name, vpcId: vpc.vpcId, account, retentionDays: environment.network.flowLogRetentionDays, kmsKeyArn: logsKey.arn });
    new VpcEndpoints(this, 'Endpoints', {
      name,
      region,
      vpcId: vpc.vpcId,
      vpcCidr: vpc.cidr,
      subnetIds: vpc.privateSubnetIds,
      routeTableIds: vpc.internalRouteTableIds,
    });
    const nodes = new NodeSecurityGroup(this, 'NodeSecurityGroup', { name, vpcId: vpc.vpcId, clusterName: environment.clusterName });

    const database = new Database(this, 'Database', {
      name,
      ...environment.database,
      deletionProtection,
      vpcId: vpc.vpcId,
      subnetIds: vpc.databaseSubnetIds,
      clientSecurityGroupId: nodes.securityGroupId,
      kmsKeyArn: storageKey.arn,
    });
    const search = new SearchDomain(this, 'Search', {
      name,
      account,
      region,
      ...environment.search,
      vpcId: vpc.vpcId,
      subnetIds: vpc.privateSubnetIds,
      clientSecurityGroupId: nodes.securityGroupId,
      kmsKeyArn: storageKey.arn,
      // The domain's logs are the platform's logs: kept as long as the cluster's.
      logRetentionDays: environment.cluster.logRetentionDays,
      logsKmsKeyArn: logsKey.arn,
    });

    const zone = new HostedZone(this, 'HostedZone', { zoneName: environment.dns.zoneName, retainOnDestroy: deletionProtection });
    const loadBalancer = new PublicLoadBalancer(this, 'PublicLoadBalancer', {
      name,
      region,
      account,
      vpcId: vpc.vpcId,
      publicSubnetIds: vpc.publicSubnetIds,
      ingressCidrs: environment.loadBalancer.ingressCidrs,
      nodeSecurityGroupId: nodes.securityGroupId,
      zoneId: zone.zoneId,
      zoneName: zone.zoneName,
      targetGroups: environment.loadBalancer.targetGroups,
      deletionProtection,
    });
    new WebAcl(this, 'WebAcl', {
      name,
      loadBalancerArn: loadBalancer.arn,
      logRetentionDays: environment.cluster.logRetentionDays,
      logsKmsKeyArn: logsKey.arn,
    });
    const registry = new ContainerRegistry(this, 'Registry', {
      prefix: environment.name,
      account,
      region,
      ...environment.containerRegistry,
      kmsKeyArn: registryKey.arn,
      retainOnDestroy: deletionProtection,
    });
    const secrets = new PlatformSecrets(this, 'Secrets', { prefix: environment.name, kmsKeyArn: storageKey.arn });

    this.outputs = {
      vpcId: vpc.vpcId,
      vpcCidr: vpc.cidr,
      privateSubnetIds: vpc.privateSubnetIds,
      publicSubnetIds: vpc.publicSubnetIds,
      nodeSecurityGroupId: nodes.securityGroupId,
      databaseAddress: database.address,
      databasePort: database.port,
      databaseSecretArn: database.masterUserSecretArn,
      searchEndpoint: search.endpoint,
      searchDomainArn: search.arn,
      loadBalancerSecurityGroupId: loadBalancer.securityGroupId,
      targetGroupArns: loadBalancer.targetGroupArns,
      registryUrl: registry.registryUrl,
      hostedZoneId: zone.zoneId,
      hostedZoneName: zone.zoneName,
      gitopsDeployKeySecretArn: secrets.gitopsDeployKeyArn,
      gitopsDeployKeySecretName: secrets.gitopsDeployKeyName,
    };
  }
}
