import type { EnvironmentInput } from '../modules/environment/schema';

/** Production: on-demand nodes, a NAT gateway per zone, Multi-AZ data services, deletion protection everywhere. */
export default {
  tier: 'production',
  account: '222222222222',
  region: 'eu-west-2',
  availabilityZones: ['eu-west-2a', 'eu-west-2b', 'eu-west-2c'],
  deletionProtection: true,
  tags: { 'cost-centre': 'platform', 'data-classification': 'confidential' },
  terraformCloud: { organization: 'acme-fintech', project: 'eks-platform' },
  dns: { zoneName: 'platform.acme-fintech.com' },
  network: {
    vpcCidr: '10.50.0.0/16',
    subnetPrefixLengths: { public: 24, private: 19, database: 24 },
    natGateways: 'one-per-az',
    flowLogRetentionDays: 365,
    reservedCidrs: ['10.0.0.0/14'],
  },
  cluster: {
    kubernetesVersion: '1.33',
    publicAccessCidrs: [],
    logRetentionDays: 365,
    nodes: {
      instanceTypes: ['m7g.xlarge'],
      capacityType: 'ON_DEMAND',
      minSizePerAz: 2,
      desiredSizePerAz: 2,
      maxSizePerAz: 6,
      diskSizeGib: 100,
      maxUnavailable: 1,
      labels: { 'platform.acme/capacity': 'on-demand' },
    },
    addonVersions: {
      vpcCni: 'v1.19.5-eksbuild.1',
      coredns: 'v1.12.1-eksbuild.2',
      kubeProxy: 'v1.33.0-eksbuild.2',
      ebsCsiDriver: 'v1.44.0-eksbuild.1',
    },
    access: [
      {
        roleArn: 'arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/eu-west-2/AWSReservedSSO_PlatformAdmin_fedcba9876543210',
        kubernetesGroups: ['platform-admins'],
        accessPolicy: 'cluster-admin',
      },
      {
        roleArn: 'arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/eu-west-2/AWSReservedSSO_Developer_fedcba9876543210',
        kubernetesGroups: ['developers'],
        accessPolicy: 'view',
      },
    ],
    gitops: { url: 'ssh://git@github.com/acme-fintech/platform-gitops.git', branch: 'main', path: 'clusters/prod' },
  },
  database: {
    engine: 'mariadb',
    engineVersion: '10.11',
    instanceClass: 'db.r7g.large',
    allocatedStorageGib: 100,
    maxAllocatedStorageGib: 500,
    multiAz: true,
    backupRetentionDays: 30,
  },
  search: {
    engineVersion: 'OpenSearch_2.19',
    instanceType: 'r7g.large.search',
    instanceCount: 3,
    volumeSizeGib: 100,
    zoneAwareness: true,
    dedicatedMasterInstanceType: 'm7g.large.search',
    masterUserRoleArn: 'arn:aws:iam::222222222222:role/platform-search-admin',
  },
  loadBalancer: {
    targetGroups: [
      { name: 'web', port: 8080, healthCheckPath: '/healthz', hostnames: ['www.platform.acme-fintech.com'] },
      { name: 'api', port: 8080, healthCheckPath: '/healthz', hostnames: ['api.platform.acme-fintech.com'] },
    ],
  },
  containerRegistry: {
    imageRepositories: ['payments-api', 'ledger-worker'],
    chartRepositories: ['payments-api'],
    keepImageCount: 100,
  },
  tenants: [
    {
      name: 'payments',
      kubernetesGroup: 'team-payments',
      repository: { url: 'ssh://git@github.com/acme-fintech/payments-deploy.git', branch: 'main', path: 'overlays/prod' },
      quota: { cpu: 32, memoryGib: 64, pods: 200 },
    },
    {
      name: 'ledger',
      kubernetesGroup: 'team-ledger',
      repository: { url: 'ssh://git@github.com/acme-fintech/ledger-deploy.git', branch: 'main', path: 'overlays/prod' },
      quota: { cpu: 16, memoryGib: 32, pods: 100 },
    },
  ],
  gitops: {
    reconcileIntervalMinutes: 10,
    awsLoadBalancerController: {
      enabled: true,
      chartVersion: '1.13.4',
      replicas: 3,
      resources: { cpuMillicores: 100, memoryMib: 256, memoryLimitMib: 512 },
      targetGroupBindings: [
        { targetGroup: 'web', namespace: 'payments', serviceName: 'payments-web', servicePort: 80 },
        { targetGroup: 'api', namespace: 'payments', serviceName: 'payments-api', servicePort: 80 },
      ],
      ingressGroupName: 'prod-internal',
    },
    externalDns: { enabled: true, chartVersion: '1.18.0', resources: { cpuMillicores: 50, memoryMib: 128, memoryLimitMib: 256 }, policy: 'upsert-only' },
    monitoring: {
      enabled: true,
      chartVersion: '75.18.1',
      prometheus: { replicas: 3, retentionDays: 15, storageGib: 200, resources: { cpuMillicores: 1000, memoryMib: 4096, memoryLimitMib: 8192 } },
      grafana: { replicas: 2, resources: { cpuMillicores: 100, memoryMib: 256, memoryLimitMib: 512 } },
      alertmanager: { replicas: 3 },
    },
    logging: { enabled: true, chartVersion: '0.52.0', resources: { cpuMillicores: 100, memoryMib: 128, memoryLimitMib: 256 } },
  },
} satisfies EnvironmentInput;
