import { checkEnvironment } from '../../modules/environment/load';
import { shippedSettings } from '../support/synth';

function issuesAfter(change: (settings: any) => void, base: 'test' | 'prod' = 'prod') {
  const settings: any = shippedSettings(base);
  change(settings);
  return checkEnvironment(base, settings).issues;
}

describe('gitops settings errors name the environment, the field and the fix', () => {
  test.each([
    ['a version range instead of an exact chart version', (s: any) => (s.gitops.externalDns.chartVersion = '^1.18.0'), 'gitops.externalDns.chartVersion', 'must be an exact chart version such as 1.13.4'],
    ['zero Prometheus replicas', (s: any) => (s.gitops.monitoring.prometheus.replicas = 0), 'gitops.monitoring.prometheus.replicas', 'must be at least 1 replica'],
    ['an unknown external-dns policy', (s: any) => (s.gitops.externalDns.policy = 'create-only'), 'gitops.externalDns.policy', 'expected one of "sync"|"upsert-only"'],
    ['a binding to a target group the network stack does not have', (s: any) => (s.gitops.awsLoadBalancerController.targetGroupBindings[0].targetGroup = 'admin'), 'gitops.awsLoadBalancerController.targetGroupBindings.0.targetGroup', '"admin" is not a target group of loadBalancer.targetGroups; use one of web, api'],
    ['a binding outside every tenant namespace', (s: any) => (s.gitops.awsLoadBalancerController.targetGroupBindings[1].namespace = 'default'), 'gitops.awsLoadBalancerController.targetGroupBindings.1.namespace', '"default" is not a tenant'],
    ['bindings with the controller off', (s: any) => (s.gitops.awsLoadBalancerController.enabled = false), 'gitops.awsLoadBalancerController.enabled', 'TargetGroupBindings need the controller'],
    ['a misspelt component setting', (s: any) => (s.gitops.logging.chartVersions = '0.52.0'), 'gitops.logging', 'Unrecognized key: "chartVersions"'],
  ])('%s', (_name, change, field, message) => {
    expect(issuesAfter(change)).toContainEqual({ environment: 'prod', field, message: expect.stringContaining(message) });
  });

  test('every gitops problem is reported at once', () => {
    const issues = issuesAfter((s) => {
      s.gitops.monitoring.chartVersion = '75.x';
      s.gitops.awsLoadBalancerController.targetGroupBindings[0].targetGroup = 'admin';
      s.gitops.logging.resources.memoryMib = 1;
    });
    expect(issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['gitops.monitoring.chartVersion', 'gitops.awsLoadBalancerController.targetGroupBindings.0.targetGroup', 'gitops.logging.resources.memoryMib']),
    );
  });

  test('promoting a component to prod is one version string', () => {
    const issues = issuesAfter((s) => (s.gitops.awsLoadBalancerController.chartVersion = shippedSettings('test').gitops.awsLoadBalancerController.chartVersion));
    expect(issues).toEqual([]);
  });

  test('an environment with every component off and no tenants is valid', () => {
    const issues = issuesAfter((s) => {
      for (const component of ['awsLoadBalancerController', 'externalDns', 'monitoring', 'logging']) s.gitops[component].enabled = false;
      s.gitops.awsLoadBalancerController.targetGroupBindings = [];
      s.tenants = [];
    }, 'test');
    expect(issues).toEqual([]);
  });
});
