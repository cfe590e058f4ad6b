import { renderReview } from '../../review/render-markdown';
import { countActions, reviewOutputs } from '../../review/review';
import { StackConfig } from '../../review/stack-diff';
import { inDeployOrder } from '../../review/synth-output';

const stack = (names: string[], workspace?: string): StackConfig => ({
  ...(workspace ? { terraform: { cloud: { workspaces: { name: workspace } } } } : {}),
  resource: { aws_kms_key: Object.fromEntries(names.map((name) => [name, { description: name }])) },
});
const output = (environments: Record<string, Record<string, StackConfig>>) =>
  new Map(Object.entries(environments).map(([name, stacks]) => [name, new Map(Object.entries(stacks))]));

// Base: prod with network and cluster, plus a staging environment since deleted. Head: prod gains a gitops stack.
const base = output({ prod: { cluster: stack([]), network: stack(['Storage']) }, staging: { network: stack(['Storage', 'Logs']) } });
const head = output({ prod: { network: stack(['Storage'], 'eks-platform-prod-network'), cluster: stack([]), gitops: stack(['Flux']) } });
const reviews = reviewOutputs(base, head);

describe('reviewing revisions with different environments and stacks', () => {
  test('Given both revisions, When reviewed, Then environments come by name and stacks in deploy order', () => {
    expect(reviews.map((r) => `${r.environment}/${r.stack}:${r.presence}`)).toEqual([
      'prod/network:both',
      'prod/cluster:both',
      'prod/gitops:added',
      'staging/network:removed',
    ]);
  });

  test('Given a stack only in the new revision, When reviewed, Then its resources are additions', () => {
    expect(countActions(reviews[2])).toEqual({ add: 1, change: 0, replace: 0, destroy: 0 });
  });

  test('Given an environment only in the old revision, When reviewed, Then nothing is counted as destroyed but its orphans are reported', () => {
    expect(countActions(reviews[3])).toEqual({ add: 0, change: 0, replace: 0, destroy: 0 });
    const markdown = renderReview(reviews, { baseLabel: 'a', headLabel: 'b' });
    expect(markdown).toContain('| staging | network (no longer synthesized) | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('No longer synthesized. Its 2 resources are not destroyed by this change');
    expect(markdown).toContain('#### network (workspace `eks-platform-prod-network`)');
  });

  test('Given stack names unknown to the deploy order, When ordered, Then they follow the known layers by name', () => {
    expect(inDeployOrder(['zeta', 'gitops', 'alpha', 'network', 'workspaces'])).toEqual(['workspaces', 'network', 'gitops', 'alpha', 'zeta']);
  });
});
