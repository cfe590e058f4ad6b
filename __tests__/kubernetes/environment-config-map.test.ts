import { STATIC_ENVIRONMENT_CONFIG_KEYS, StaticEnvironmentConfigKey } from '../../modules/contracts/environment-config';
import { environmentConfigData, EnvironmentConfigValues } from '../../modules/kubernetes/environment-config-map';

const environment = { name: 'demo', loadBalancer: { targetGroups: [{ name: 'web' }] }, tenants: [{ name: 'payments-eu' }] };
const staticValues = Object.fromEntries(Object.keys(STATIC_ENVIRONMENT_CONFIG_KEYS).map((key) => [key, `value-of-${key}`])) as Record<StaticEnvironmentConfigKey, string>;
const complete: EnvironmentConfigValues = {
  static: staticValues,
  targetGroupArns: { web: 'arn:aws:elasticloadbalancing:eu-west-2:1:targetgroup/web/1' },
  tenantRoleArns: { 'payments-eu': 'arn:aws:iam::1:role/payments-eu' },
};

describe('environment ConfigMap data', () => {
  test('given every documented value, then the data has the static, target group and tenant keys', () => {
    const data = environmentConfigData(environment, complete);
    expect(data.ALB_TARGET_GROUP_ARN_WEB).toBe('arn:aws:elasticloadbalancing:eu-west-2:1:targetgroup/web/1');
    expect(data.TENANT_ROLE_ARN_PAYMENTS_EU).toBe('arn:aws:iam::1:role/payments-eu');
    expect(Object.keys(data)).toHaveLength(Object.keys(STATIC_ENVIRONMENT_CONFIG_KEYS).length + 2);
  });

  test('given a tenant without a role, then it fails naming the environment and the missing key', () => {
    expect(() => environmentConfigData(environment, { ...complete, tenantRoleArns: {} })).toThrow(
      'environment "demo": the environment ConfigMap must carry exactly the keys of modules/contracts/environment-config.ts; missing: [TENANT_ROLE_ARN_PAYMENTS_EU], undocumented: []',
    );
  });

  test('given a target group the environment does not have, then it fails naming the undocumented key', () => {
    expect(() => environmentConfigData(environment, { ...complete, targetGroupArns: { ...complete.targetGroupArns, api: 'arn' } })).toThrow(
      'missing: [], undocumented: [ALB_TARGET_GROUP_ARN_API]',
    );
  });
});
