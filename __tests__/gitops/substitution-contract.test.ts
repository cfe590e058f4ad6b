import { loadEnvironments } from '../../modules/environment/load';
import { contractViolations, SubstitutionContractError, SUBSTITUTE_ANNOTATION } from '../../modules/gitops/substitution-contract';
import { KubernetesObject } from '../../modules/gitops/kubernetes-object';

const [testEnvironment] = loadEnvironments(['test']);
const configMap = (name: string, data: Record<string, string>, annotations?: Record<string, string>): KubernetesObject & { data: Record<string, string> } => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'payments', ...(annotations ? { annotations } : {}) },
  data,
});

describe('the substitution contract with the environment ConfigMap', () => {
  test('given only keys the cluster stack writes, escapes and defaults of known keys, then nothing is reported', () => {
    const object = configMap('fine', { zone: '${HOSTED_ZONE_NAME}', escaped: '$${NOT_A_KEY}', role: '${TENANT_ROLE_ARN_PAYMENTS:=none}', group: '${ALB_TARGET_GROUP_ARN_WEB}' });
    expect(contractViolations([object], testEnvironment)).toEqual([]);
  });

  test('given an unknown key, then the violation names the object, the key and the environment', () => {
    const [violation] = contractViolations([configMap('app', { host: 'api.${HOSTED_ZONE}' })], testEnvironment);
    expect(violation).toEqual({ environment: 'test', object: 'ConfigMap/payments/app', key: 'HOSTED_ZONE', message: expect.stringContaining('${HOSTED_ZONE} is not a key of the environment ConfigMap') });
  });

  test('given unknown keys in several objects, defaults and keys, then every one is reported at once', () => {
    const objects = [
      configMap('a', { one: '${MISSING_ONE}' }),
      configMap('b', { two: '${HOSTED_ZONE_ID:=${MISSING_TWO}}', '${MISSING_THREE}': 'key' }),
      configMap('c', { role: '${TENANT_ROLE_ARN_UNKNOWN_TEAM}' }),
    ];
    const error = new SubstitutionContractError(contractViolations(objects, testEnvironment));
    expect(error.violations.map((v) => `${v.object} ${v.key}`)).toEqual([
      'ConfigMap/payments/a MISSING_ONE',
      'ConfigMap/payments/b MISSING_TWO',
      'ConfigMap/payments/b MISSING_THREE',
      'ConfigMap/payments/c TENANT_ROLE_ARN_UNKNOWN_TEAM',
    ]);
    expect(error.message).toMatch(/^Flux substitution contract broken \(4 problems\)/);
    expect(error.message).toContain('  - environment "test", ConfigMap/payments/a: ${MISSING_ONE} is not a key of the environment ConfigMap');
  });

  test('given a malformed variable, then it is reported with the escape to use', () => {
    const [violation] = contractViolations([configMap('script', { run: 'sleep ${INTERVAL / 1000}' })], testEnvironment);
    expect(violation).toMatchObject({ object: 'ConfigMap/payments/script', message: expect.stringContaining('escape a literal "${" as "$${"') });
  });

  test('given an object with substitution disabled, then its text is not checked, as Flux skips it', () => {
    expect(contractViolations([configMap('raw', { text: '${ANYTHING}' }, { [SUBSTITUTE_ANNOTATION]: 'disabled' })], testEnvironment)).toEqual([]);
  });
});

describe('synth fails when the cluster layer stops writing a key the gitops layer uses', () => {
  // The cluster layer refuses to write a key the contract lacks, so the gitops stack is built on its
  // own here, from stand-in outputs, to show that its own check catches the gap.
  test('given OPENSEARCH_ENDPOINT dropped from the contract, when the gitops stack is built, then the error names object, key and environment', () => {
    let error: unknown;
    jest.isolateModules(() => {
      const actual = jest.requireActual('../../modules/contracts/environment-config');
      jest.doMock('../../modules/contracts/environment-config', () => ({
        ...actual,
        environmentConfigKeys: (environment: any) => {
          const { OPENSEARCH_ENDPOINT: _dropped, ...rest } = actual.environmentConfigKeys(environment);
          return rest;
        },
      }));
      const { GitopsStack } = require('../../stacks/gitops');
      const { SubstitutionContractError: IsolatedError } = require('../../modules/gitops/substitution-contract');
      const { Testing } = require('cdktf');
      const cluster = { clusterName: 'test-platform', endpoint: 'https://example.invalid', certificateAuthorityData: '', oidcProviderArn: 'arn:aws:iam::111111111111:oidc-provider/example' };
      try {
        new GitopsStack(Testing.app(), { environment: testEnvironment, network: {} as never, cluster });
      } catch (caught) {
        error = caught;
        expect(caught).toBeInstanceOf(IsolatedError);
      }
    });
    expect((error as Error).message).toContain('environment "test", HelmRelease/flux-system/fluent-bit: ${OPENSEARCH_ENDPOINT} is not a key of the environment ConfigMap');
  });
});

describe('keys a HelmRelease reads from the environment ConfigMap with valuesFrom', () => {
  const release = (valuesKey: string): KubernetesObject =>
    ({
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'controller', namespace: 'flux-system' },
      spec: { valuesFrom: [{ kind: 'ConfigMap', name: 'cluster-config', valuesKey, targetPath: 'clusterName' }] },
    }) as KubernetesObject;

  test('given a key the cluster stack writes, then nothing is reported', () => {
    expect(contractViolations([release('CLUSTER_NAME')], testEnvironment)).toEqual([]);
  });

  test('given an unknown key, then the violation names the release, the key and the environment', () => {
    expect(contractViolations([release('CLUSTER')], testEnvironment)).toEqual([
      { environment: 'test', object: 'HelmRelease/flux-system/controller', key: 'CLUSTER', message: expect.stringContaining('valuesFrom reads key "CLUSTER"') },
    ]);
  });
});
