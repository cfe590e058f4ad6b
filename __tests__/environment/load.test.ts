import { checkEnvironment, environmentNames, EnvironmentValidationError, loadEnvironments, validateEnvironment } from '../../modules/environment/load';
import { shippedSettings } from '../support/synth';

/** Validates `prod` (or `test`) after `change`, returning the issues reported. */
function issuesAfter(change: (settings: any) => void, base: 'test' | 'prod' = 'prod') {
  const settings: any = shippedSettings(base);
  change(settings);
  return checkEnvironment(base, settings).issues;
}

describe('shipped environments', () => {
  test('test and prod ship and validate', () => {
    expect(environmentNames()).toEqual(expect.arrayContaining(['prod', 'test']));
    const environments = loadEnvironments();
    expect(environments.map((environment) => environment.name)).toEqual(environmentNames());
  });

  test('subnets are laid out from the VPC CIDR, one per zone and tier, without overlap', () => {
    const [prod] = loadEnvironments(['prod']);
    expect(prod.subnets).toEqual({
      public: ['10.50.96.0/24', '10.50.97.0/24', '10.50.98.0/24'],
      private: ['10.50.0.0/19', '10.50.32.0/19', '10.50.64.0/19'],
      database: ['10.50.99.0/24', '10.50.100.0/24', '10.50.101.0/24'],
    });
  });

  test('defaults are applied once, at the edge', () => {
    const environment = validateEnvironment('prod', shippedSettings('prod'));
    expect(environment.cluster.serviceIpv4Cidr).toBe('172.20.0.0/16');
    expect(environment.loadBalancer.ingressCidrs).toEqual(['0.0.0.0/0']);
  });
});

describe('settings errors name the environment, the field and the fix', () => {
  test.each([
    ['a malformed VPC CIDR', (s: any) => (s.network.vpcCidr = '10.50.0/16'), 'network.vpcCidr', 'must be an IPv4 CIDR such as 10.0.0.0/16'],
    ['a CIDR with host bits', (s: any) => (s.network.vpcCidr = '10.50.1.0/16'), 'network.vpcCidr', 'has host bits set'],
    ['a service CIDR overlapping the VPC', (s: any) => (s.cluster.serviceIpv4Cidr = '10.50.128.0/17'), 'cluster.serviceIpv4Cidr', 'overlaps the VPC CIDR 10.50.0.0/16'],
    ['a reserved network overlapping the VPC', (s: any) => (s.network.reservedCidrs = ['10.48.0.0/12']), 'network.reservedCidrs.0', '10.48.0.0/12 overlaps the VPC CIDR'],
    ['a VPC too small for its subnets', (s: any) => (s.network.vpcCidr = '10.50.0.0/20'), 'network.vpcCidr', 'is too small for 3 public /24, 3 private /19 and 3 database /24 subnets'],
    ['fewer than three zones', (s: any) => (s.availabilityZones = ['eu-west-2a', 'eu-west-2b']), 'availabilityZones', 'needs exactly 3 availability zones'],
    ['a zone outside the region', (s: any) => (s.availabilityZones = ['eu-west-2a', 'eu-west-2b', 'eu-west-1c']), 'availabilityZones', '"eu-west-1c" is not in region eu-west-2'],
    ['spot capacity in production', (s: any) => (s.cluster.nodes = { ...s.cluster.nodes, capacityType: 'SPOT', instanceTypes: ['m7g.xlarge', 'm6g.xlarge'] }), 'cluster.nodes.capacityType', 'SPOT is not allowed in a production environment; use ON_DEMAND'],
    ['min nodes above max', (s: any) => Object.assign(s.cluster.nodes, { minSizePerAz: 7, maxSizePerAz: 6 }), 'cluster.nodes.minSizePerAz', 'is 7, more than maxSizePerAz 6'],
    ['an unsupported Kubernetes version', (s: any) => (s.cluster.kubernetesVersion = '1.24'), 'cluster.kubernetesVersion', 'expected one of "1.31"|"1.32"|"1.33"'],
    ['a malformed DNS name', (s: any) => (s.dns.zoneName = 'platform..acme_fintech.com'), 'dns.zoneName', 'must be a DNS name such as test.example.com'],
    ['duplicate tenant names', (s: any) => (s.tenants[1].name = s.tenants[0].name), 'tenants', 'name "payments" is used more than once'],
    ['mixed CPU architectures', (s: any) => (s.cluster.nodes.instanceTypes = ['m7g.xlarge', 'm7i.xlarge']), 'cluster.nodes.instanceTypes', 'mixes arm64 (Graviton) and x86_64'],
    ['deletion protection off in production', (s: any) => (s.deletionProtection = false), 'deletionProtection', 'must be true in a production environment'],
    ['a misspelt field', (s: any) => (s.network.natGateway = 'single'), 'network', 'Unrecognized key: "natGateway"'],
  ])('%s', (_name, change, field, message) => {
    const issues = issuesAfter(change);
    expect(issues).toContainEqual({ environment: 'prod', field, message: expect.stringContaining(message) });
  });

  test('spot in a non-production environment needs several instance types', () => {
    const issues = issuesAfter((s) => (s.cluster.nodes.instanceTypes = ['m7g.large']), 'test');
    expect(issues).toEqual([{ environment: 'test', field: 'cluster.nodes.instanceTypes', message: expect.stringContaining('at least 2 instance types') }]);
  });

  test('every problem is reported at once, not the first alone', () => {
    const settings: any = shippedSettings('prod');
    settings.network.vpcCidr = '10.50.0.0/20';
    settings.availabilityZones = ['eu-west-2a'];
    settings.cluster.nodes.capacityType = 'SPOT';
    settings.cluster.kubernetesVersion = '1.20';
    settings.dns.zoneName = 'not a zone';
    settings.tenants[1].name = 'payments';

    const error = captureError(() => validateEnvironment('prod', settings));

    expect(error).toBeInstanceOf(EnvironmentValidationError);
    const fields = error.issues.map((issue) => issue.field);
    expect(fields).toEqual(
      expect.arrayContaining(['network.vpcCidr', 'availabilityZones', 'cluster.nodes.capacityType', 'cluster.kubernetesVersion', 'dns.zoneName', 'tenants']),
    );
    expect(error.message).toMatch(/^Invalid environment settings \(\d+ problems\):/);
    expect(error.message).toContain('environment "prod", field cluster.nodes.capacityType: SPOT is not allowed');
  });

  test('problems of several environments are reported together', () => {
    const bad = (name: string) => checkEnvironment(name, { ...shippedSettings('test'), account: 'x' }).issues;
    expect([...bad('alpha'), ...bad('beta')].map((issue) => issue.environment)).toEqual(['alpha', 'beta']);
  });

  test('an unknown environment names the ones that exist', () => {
    const error = captureError(() => loadEnvironments(['staging']));
    expect(error.message).toContain('environment "staging", field (file): no settings file environments/staging.ts; known: prod, test');
  });
});

function captureError(fn: () => unknown): EnvironmentValidationError {
  try {
    fn();
  } catch (error) {
    return error as EnvironmentValidationError;
  }
  throw new Error('expected an EnvironmentValidationError');
}
