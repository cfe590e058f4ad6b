import { allocate, overlaps } from './cidr';
import { environmentSchema } from './schema';
import { gitopsIssues } from './gitops-rules';

/**
 * Rules that relate several fields. They read the raw input defensively, because they run even when
 * some fields failed the schema: the user gets every problem in one synth, not one per attempt.
 */

export interface SettingsIssue {
  /** Dotted path of the field, e.g. `cluster.nodes.capacityType`. */
  readonly field: string;
  /** What is wrong and what would be valid. */
  readonly message: string;
}

type Raw = Record<string, any>;

const isCidr = (value: unknown): value is string =>
  typeof value === 'string' && environmentSchema.shape.network.shape.vpcCidr.safeParse(value).success;
const isInt = (value: unknown): value is number => Number.isInteger(value);
const asObject = (value: unknown): Raw => (value !== null && typeof value === 'object' ? (value as Raw) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Defaults the rules need when a field was left out, read from the schema so they cannot drift. */
const SUBNET_PREFIX_DEFAULTS = environmentSchema.shape.network.shape.subnetPrefixLengths.parse({});
const SERVICE_CIDR_DEFAULT = environmentSchema.shape.cluster.shape.serviceIpv4Cidr.parse(undefined);
export const REQUIRED_AZ_COUNT = 3;

export function crossFieldIssues(raw: Raw): SettingsIssue[] {
  return [...availabilityZoneIssues(raw), ...addressPlanIssues(raw), ...nodeIssues(raw), ...dataServiceIssues(raw), ...uniquenessIssues(raw), ...gitopsIssues(raw)];
}

function availabilityZoneIssues(raw: Raw): SettingsIssue[] {
  const zones = asArray(raw.availabilityZones);
  const issues: SettingsIssue[] = [];
  if (!Array.isArray(raw.availabilityZones) || zones.length !== REQUIRED_AZ_COUNT) {
    issues.push({
      field: 'availabilityZones',
      message: `needs exactly ${REQUIRED_AZ_COUNT} availability zones (one subnet and one node group per zone), got ${zones.length}`,
    });
  }
  if (new Set(zones).size !== zones.length) {
    issues.push({ field: 'availabilityZones', message: `lists a zone twice: ${JSON.stringify(zones)}; use three distinct zones` });
  }
  if (typeof raw.region === 'string') {
    zones
      .filter((zone) => typeof zone === 'string' && !zone.startsWith(raw.region))
      .forEach((zone) => issues.push({ field: 'availabilityZones', message: `"${zone}" is not in region ${raw.region}; use zones such as ${raw.region}a` }));
  }
  return issues;
}

function addressPlanIssues(raw: Raw): SettingsIssue[] {
  const network = asObject(raw.network);
  const cluster = asObject(raw.cluster);
  const vpcCidr = network.vpcCidr;
  if (!isCidr(vpcCidr)) return [];
  const issues: SettingsIssue[] = [];
  const lengths = { ...SUBNET_PREFIX_DEFAULTS, ...asObject(network.subnetPrefixLengths) };
  const zoneCount = Math.max(asArray(raw.availabilityZones).length, REQUIRED_AZ_COUNT);
  if ([lengths.public, lengths.private, lengths.database].every(isInt)) {
    const requested = [lengths.public, lengths.private, lengths.database].flatMap((length) => new Array(zoneCount).fill(length));
    if (!allocate(vpcCidr, requested)) {
      issues.push({
        field: 'network.vpcCidr',
        message:
          `${vpcCidr} is too small for ${zoneCount} public /${lengths.public}, ${zoneCount} private /${lengths.private} and ` +
          `${zoneCount} database /${lengths.database} subnets; use a larger VPC CIDR or longer subnetPrefixLengths`,
      });
    }
  }
  const serviceCidr = cluster.serviceIpv4Cidr ?? SERVICE_CIDR_DEFAULT;
  if (isCidr(serviceCidr) && overlaps(vpcCidr, serviceCidr)) {
    issues.push({
      field: 'cluster.serviceIpv4Cidr',
      message: `${serviceCidr} overlaps the VPC CIDR ${vpcCidr}; Kubernetes service addresses must be outside the VPC, e.g. 172.20.0.0/16`,
    });
  }
  asArray(network.reservedCidrs).forEach((reserved, index) => {
    if (isCidr(reserved) && overlaps(vpcCidr, reserved)) {
      issues.push({
        field: `network.reservedCidrs.${index}`,
        message: `${reserved} overlaps the VPC CIDR ${vpcCidr}; choose a VPC CIDR outside every reserved network`,
      });
    }
  });
  return issues;
}

function nodeIssues(raw: Raw): SettingsIssue[] {
  const nodes = asObject(asObject(raw.cluster).nodes);
  const issues: SettingsIssue[] = [];
  if (raw.tier === 'production' && nodes.capacityType === 'SPOT') {
    issues.push({ field: 'cluster.nodes.capacityType', message: 'SPOT is not allowed in a production environment; use ON_DEMAND' });
  }
  if (nodes.capacityType === 'SPOT' && asArray(nodes.instanceTypes).length < 2) {
    issues.push({
      field: 'cluster.nodes.instanceTypes',
      message: 'SPOT capacity needs at least 2 instance types so that one interrupted spot pool does not empty a zone',
    });
  }
  const { minSizePerAz: min, desiredSizePerAz: desired, maxSizePerAz: max } = nodes;
  if (isInt(min) && isInt(max) && min > max) {
    issues.push({ field: 'cluster.nodes.minSizePerAz', message: `is ${min}, more than maxSizePerAz ${max}; min must be <= max` });
  }
  if (isInt(min) && isInt(max) && isInt(desired) && min <= max && (desired < min || desired > max)) {
    issues.push({ field: 'cluster.nodes.desiredSizePerAz', message: `is ${desired}; it must be between minSizePerAz ${min} and maxSizePerAz ${max}` });
  }
  const families = new Set(asArray(nodes.instanceTypes).filter((t): t is string => typeof t === 'string').map(architectureOf));
  if (families.size > 1) {
    issues.push({
      field: 'cluster.nodes.instanceTypes',
      message: `mixes arm64 (Graviton) and x86_64 instance types; one node group runs one AMI, so use one architecture`,
    });
  }
  return issues;
}

function dataServiceIssues(raw: Raw): SettingsIssue[] {
  const database = asObject(raw.database);
  const search = asObject(raw.search);
  const issues: SettingsIssue[] = [];
  if (raw.tier === 'production' && raw.deletionProtection === false) {
    issues.push({ field: 'deletionProtection', message: 'must be true in a production environment' });
  }
  if (raw.tier === 'production' && database.multiAz === false) {
    issues.push({ field: 'database.multiAz', message: 'must be true in a production environment' });
  }
  if (isInt(database.allocatedStorageGib) && isInt(database.maxAllocatedStorageGib) && database.maxAllocatedStorageGib < database.allocatedStorageGib) {
    issues.push({
      field: 'database.maxAllocatedStorageGib',
      message: `is ${database.maxAllocatedStorageGib}, below allocatedStorageGib ${database.allocatedStorageGib}; storage autoscaling needs max >= allocated`,
    });
  }
  if (search.zoneAwareness === true && isInt(search.instanceCount) && search.instanceCount % REQUIRED_AZ_COUNT !== 0) {
    issues.push({
      field: 'search.instanceCount',
      message: `is ${search.instanceCount}; with zoneAwareness the data nodes spread over ${REQUIRED_AZ_COUNT} zones, so use a multiple of ${REQUIRED_AZ_COUNT}`,
    });
  }
  return issues;
}

function uniquenessIssues(raw: Raw): SettingsIssue[] {
  const named = [
    ['tenants', asArray(raw.tenants).map((tenant) => asObject(tenant).name)],
    ['loadBalancer.targetGroups', asArray(asObject(raw.loadBalancer).targetGroups).map((group) => asObject(group).name)],
    ['containerRegistry.imageRepositories', asArray(asObject(raw.containerRegistry).imageRepositories)],
    ['containerRegistry.chartRepositories', asArray(asObject(raw.containerRegistry).chartRepositories)],
  ] as const;
  return named.flatMap(([field, names]) => {
    const seen = new Set<unknown>();
    const duplicates = names.filter((name) => typeof name === 'string' && (seen.has(name) || !seen.add(name)));
    return [...new Set(duplicates)].map((name) => ({ field, message: `name "${name}" is used more than once; names must be unique` }));
  });
}

/** Graviton families carry a "g" after the generation digit: m7g, c6gn, r8g, t4g. */
export function architectureOf(instanceType: string): 'arm64' | 'x86_64' {
  return /^[a-z]+\d+g/.test(instanceType) ? 'arm64' : 'x86_64';
}
