import { z } from 'zod';
import { hasHostBits } from './cidr';
import { gitopsSchema } from './gitops-schema';

/**
 * The schema of one environment's settings: the only thing that differs between test and prod.
 * Field-level checks live here; rules that relate several fields live in rules.ts so that both run
 * and every problem is reported at once.
 */

/** EKS versions this SDK has been tested with; the EKS console lists what AWS still supports. */
export const KUBERNETES_VERSIONS = ['1.31', '1.32', '1.33'] as const;
export const CAPACITY_TYPES = ['ON_DEMAND', 'SPOT'] as const;
export const TIERS = ['production', 'non-production'] as const;
export const NAT_GATEWAY_LAYOUTS = ['single', 'one-per-az'] as const;
export const DATABASE_ENGINES = ['mariadb', 'mysql'] as const;

const cidr = z
  .cidrv4({ error: 'must be an IPv4 CIDR such as 10.0.0.0/16' })
  .refine((value) => !hasHostBits(value), { error: 'has host bits set; use the network address, e.g. 10.0.0.0/16' });
const prefixLength = (min: number, max: number) =>
  z.number().int().min(min, { error: `must be a prefix length from /${min} to /${max}` }).max(max, {
    error: `must be a prefix length from /${min} to /${max}`,
  });
const dnsLabel = z
  .string()
  .regex(/^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$/, { error: 'must be a DNS label: lower-case letters, digits and "-", 1-32 characters, starting with a letter' });
const retentionDays = z.union(
  [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653].map((d) => z.literal(d)),
  { error: 'must be a CloudWatch Logs retention: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days' },
);
const gitRepository = z.strictObject({
  url: z.string().regex(/^(ssh|https):\/\/\S+$/, { error: 'must be an ssh:// or https:// Git URL' }),
  branch: z.string().min(1).default('main'),
  path: z.string().regex(/^\.?\/?[\w./-]*$/, { error: 'must be a relative path inside the repository' }),
});
const roleArn = z.string().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, { error: 'must be an IAM role ARN' });

const network = z.strictObject({
  vpcCidr: cidr,
  /** Prefix length of each subnet tier; one subnet of each tier per availability zone. */
  subnetPrefixLengths: z.strictObject({
    public: prefixLength(16, 28).default(24),
    private: prefixLength(16, 28).default(19),
    database: prefixLength(16, 28).default(24),
  }),
  natGateways: z.enum(NAT_GATEWAY_LAYOUTS),
  flowLogRetentionDays: retentionDays.default(90),
  /** Networks the VPC must not overlap: peered VPCs, VPN ranges, the office. */
  reservedCidrs: z.array(cidr).default([]),
});

const nodes = z.strictObject({
  instanceTypes: z.array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, { error: 'must be an EC2 instance type such as m7i.large' })).min(1),
  capacityType: z.enum(CAPACITY_TYPES),
  minSizePerAz: z.number().int().min(0),
  desiredSizePerAz: z.number().int().min(0),
  maxSizePerAz: z.number().int().min(1),
  diskSizeGib: z.number().int().min(20).max(16384).default(50),
  maxUnavailable: z.number().int().min(1).default(1),
  labels: z.record(z.string(), z.string()).default({}),
  taints: z
    .array(z.strictObject({ key: z.string().min(1), value: z.string().optional(), effect: z.enum(['NO_SCHEDULE', 'NO_EXECUTE', 'PREFER_NO_SCHEDULE']) }))
    .default([]),
});

const accessEntry = z.strictObject({
  /** Role assumed by people, e.g. an IAM Identity Center permission-set role. */
  roleArn,
  kubernetesGroups: z.array(z.string().min(1)).min(1),
  /** EKS access policy to associate cluster-wide, if any; RBAC bindings on the groups do the rest. */
  accessPolicy: z.enum(['cluster-admin', 'admin', 'edit', 'view']).optional(),
});

const cluster = z.strictObject({
  kubernetesVersion: z.enum(KUBERNETES_VERSIONS),
  serviceIpv4Cidr: cidr.default('172.20.0.0/16'),
  /** CIDRs allowed to reach the public API endpoint; empty keeps the endpoint private only. */
  publicAccessCidrs: z.array(cidr).default([]),
  logRetentionDays: retentionDays.default(90),
  nodes,
  addonVersions: z.strictObject({
    vpcCni: z.string().regex(/^v\d+\.\d+\.\d+-eksbuild\.\d+$/, { error: 'must be an EKS add-on version such as v1.19.2-eksbuild.1' }),
    coredns: z.string().regex(/^v\d+\.\d+\.\d+-eksbuild\.\d+$/, { error: 'must be an EKS add-on version such as v1.11.4-eksbuild.2' }),
    kubeProxy: z.string().regex(/^v\d+\.\d+\.\d+-eksbuild\.\d+$/, { error: 'must be an EKS add-on version such as v1.32.0-eksbuild.2' }),
    ebsCsiDriver: z.string().regex(/^v\d+\.\d+\.\d+-eksbuild\.\d+$/, { error: 'must be an EKS add-on version such as v1.38.1-eksbuild.1' }),
  }),
  access: z.array(accessEntry).default([]),
  /** Where Flux reads this environment's configuration from. */
  gitops: gitRepository,
});

const database = z.strictObject({
  engine: z.enum(DATABASE_ENGINES),
  engineVersion: z.string().regex(/^\d+\.\d+(\.\d+)?$/, { error: 'must be an engine version such as 10.11 or 8.0.40' }),
  instanceClass: z.string().regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, { error: 'must be an RDS instance class such as db.t4g.medium' }),
  allocatedStorageGib: z.number().int().min(20),
  maxAllocatedStorageGib: z.number().int().min(20),
  multiAz: z.boolean(),
  backupRetentionDays: z.number().int().min(1).max(35),
  databaseName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/).default('platform'),
});

const search = z.strictObject({
  engineVersion: z.string().regex(/^OpenSearch_\d+\.\d+$/, { error: 'must be an OpenSearch version such as OpenSearch_2.19' }),
  instanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+\.search$/, { error: 'must be an OpenSearch instance type such as r7g.large.search' }),
  instanceCount: z.number().int().min(1),
  volumeSizeGib: z.number().int().min(10),
  zoneAwareness: z.boolean(),
  /** Three dedicated master nodes of this type; production domains should have them. */
  dedicatedMasterInstanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+\.search$/, { error: 'must be an OpenSearch instance type such as m7g.large.search' }).optional(),
  /** IAM role that is the fine-grained access control master user. */
  masterUserRoleArn: roleArn,
});

const targetGroup = z.strictObject({
  name: dnsLabel,
  port: z.number().int().min(1).max(65535),
  healthCheckPath: z.string().startsWith('/').default('/healthz'),
  /** Host names (inside the environment's zone) that the HTTPS listener routes to this group. */
  hostnames: z.array(z.hostname()).min(1),
});

const tenant = z.strictObject({
  name: dnsLabel,
  kubernetesGroup: z.string().min(1),
  repository: gitRepository,
  quota: z.strictObject({
    cpu: z.number().positive(),
    memoryGib: z.number().positive(),
    pods: z.number().int().min(1),
  }),
});

export const environmentSchema = z.strictObject({
  /** Production environments get the guard rails: on-demand nodes, deletion protection. */
  tier: z.enum(TIERS),
  account: z.string().regex(/^\d{12}$/, { error: 'must be a 12-digit AWS account ID' }),
  region: z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, { error: 'must be an AWS region such as eu-west-2' }),
  availabilityZones: z.array(z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d[a-z]$/, { error: 'must be an availability zone name such as eu-west-2a' })),
  deletionProtection: z.boolean(),
  tags: z.record(z.string(), z.string()).default({}),
  terraformCloud: z.strictObject({ organization: z.string().regex(/^[\w-]+$/), project: z.string().min(1) }).optional(),
  dns: z.strictObject({ zoneName: z.hostname({ error: 'must be a DNS name such as test.example.com' }) }),
  network,
  cluster,
  database,
  search,
  loadBalancer: z.strictObject({
    ingressCidrs: z.array(cidr).default(['0.0.0.0/0']),
    targetGroups: z.array(targetGroup).min(1),
  }),
  containerRegistry: z.strictObject({
    imageRepositories: z.array(dnsLabel).min(1),
    chartRepositories: z.array(dnsLabel).default([]),
    keepImageCount: z.number().int().min(1).default(50),
  }),
  tenants: z.array(tenant).default([]),
  gitops: gitopsSchema,
});

/** What an environment file writes: optional fields may be left out. */
export type EnvironmentInput = z.input<typeof environmentSchema>;
/** Validated settings with defaults applied. */
export type EnvironmentSettings = z.output<typeof environmentSchema>;
export type NodeSettings = EnvironmentSettings['cluster']['nodes'];
export type TenantSettings = EnvironmentSettings['tenants'][number];
