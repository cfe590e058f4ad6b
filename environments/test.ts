import type { EnvironmentInput } from '../modules/environment/schema';

/** Test: cheap and disposable. Spot nodes, one NAT gateway, single-AZ data services. */
export default {
  tier: 'non-production',
  account: '111111111111',
  region: 'eu-west-2',
  availabilityZones: ['eu-west-2a', 'eu-west-2b', 'eu-west-2c'],
  deletionProtection: false,
  tags: { 'cost-centre': 'platform' },
  terraformCloud: { organization: 'acme-fintech', project: 'eks-platform' },
  dns: { zoneName: 'test.platform.acme-fintech.com' },
  network: {
    vpcCidr: '10.40.0.0/16',
    subnetPrefixLengths: { public: 24, private: 19, database: 24 },
    natGateways: 'single',
    flowLogRetentionDays: 30,
    reservedCidrs: ['10.0.0.0/14'],
  },
  cluster: {
    kubernetesVersion: '1.33',
    publicAccessCidrs: ['203.0.113.0/24'],
    logRetentionDays: 30,
    nodes: {
      instanceTypes: ['m7g.large', 'm6g.large', 'c7g.xlarge'],
      capacityType: 'SPOT',
      minSizePerAz: 1,
      desiredSizePerAz: 1,
      maxSizePerAz: 4,
      diskSizeGib: 50,
      maxUnavailable: 1,
      labels: { 'platform.acme/capacity': 'spot' },
    },
    addonVersions: {
      vpcCni: 'v1.19.5-eksbuild.1',
      coredns: 'v1.12.1-eksbuild.2',
      kubeProxy: 'v1.33.0-eksbuild.2',
      ebsCsiDriver: 'v1.44.0-eksbuild.1',
    },
    access: [
      {
        roleArn: 'arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/eu-west-2/AWSReservedSSO_PlatformAdmin_0123456789abcdef',
        kubernetesGroups: ['platform-admins'],
        accessPolicy: 'cluster-admin',
      },
      {
        roleArn: 'arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/eu-west-2/AWSReservedSSO_Developer_0123456789abcdef',
        kubernetesGroups: ['developers'],
        accessPolicy: 'edit',
      },
    ],
    gitops: { url: 'ssh://git@github.com/acme-fintech/platform-gitops.git', branch: 'main', path: 'clusters/test' },
  },
  database: {
    engine: 'mariadb',
    engineVersion: '10.11',
    instanceClass: 'db.t4g.medium',
    allocatedStorageGib: 20,
    maxAllocatedStorageGib: 100,
    multiAz: false,
    backupRetentionDays: 7,
  },
  search: {
    engineVersion: 'OpenSearch_2.19',
    instanceType: 't3.medium.search',
    instanceCount: 1,
    volumeSizeGib: 20,
    zoneAwareness: false,
    masterUserRoleArn: 'arn:aws:iam::111111111111:role/platform-search-admin',
  },
  loadBalancer: {
    targetGroups: [
      { name: 'web', port: 8080, healthCheckPath: '/healthz', hostnames: ['www.test.platform.acme-fintech.com'] },
      { name: 'api', port: 8080, healthCheckPath: '/healthz', hostnames: ['api.test.platform.acme-fintech.com'] },
    ],
  },
  containerRegistry: {
    imageRepositories: ['payments-api', 'ledger-worker'],
    chartRepositories: ['payments-api'],
    keepImageCount: 20,
  },
  tenants: [
    {
      name: 'payments',
      kubernetesGroup: 'team-payments',
      repository: { url: 'ssh://git@github.com/acme-fintech/payments-deploy.git', branch: 'main', path: 'overlays/test' },
      quota: { cpu: 8, memoryGib: 16, pods: 50 },
    },
    {
      name: 'ledger',
      kubernetesGroup: 'team-ledger',
      repository: { url: 'ssh://git@github.com/acme-fintech/ledger-deploy.git', branch: 'main', path: 'overlays/test' },
      quota: { cpu: 4, memoryGib: 8, pods: 30 },
    },
  ],
  gitops: {
    reconcileIntervalMinutes: 5,
    awsLoadBalancerController: {
      enabled: true,
      chartVersion: '1.14.0',
      replicas: 2,
      resources: { cpuMillicores: 50, memoryMib: 128, memoryLimitMib: 256 },
      targetGroupBindings: [
        { targetGroup: 'web', namespace: 'payments', serviceName: 'payments-web', servicePort: 80 },
        { targetGroup: 'api', namespace: 'payments', serviceName: 'payments-api', servicePort: 80 },
      ],
      ingressGroupName: 'test-internal',
    },
    externalDns: { enabled: true, chartVersion: '1.19.0', resources: { cpuMillicores: 20, memoryMib: 64, memoryLimitMib: 128 }, policy: 'sync' },
    monitoring: {
      enabled: true,
      chartVersion: '77.0.0',
      prometheus: { replicas: 1, retentionDays: 3, storageGib: 20, resources: { cpuMillicores: 250, memoryMib: 1024, memoryLimitMib: 2048 } },
      grafana: { replicas: 1, resources: { cpuMillicores: 50, memoryMib: 128, memoryLimitMib: 256 } },
      alertmanager: { replicas: 1 },
    },
    logging: { enabled: true, chartVersion: '0.53.0', resources: { cpuMillicores: 50, memoryMib: 64, memoryLimitMib: 128 } },
  },
} satisfies EnvironmentInput;
