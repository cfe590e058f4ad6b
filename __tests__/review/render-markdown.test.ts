import { REVIEW_MARKER, renderReview } from '../../review/render-markdown';
import { reviewOutputs } from '../../review/review';
import { StackConfig } from '../../review/stack-diff';
import { reviewFixture } from '../support/review';

const outputs = (cluster: StackConfig) => new Map([['prod', new Map([['cluster', cluster]])]]);
const markdown = renderReview(reviewOutputs(outputs(reviewFixture('node-group-base.json')), outputs(reviewFixture('node-group-head.json'))), {
  baseLabel: '`main`',
  headLabel: 'working tree',
});
const caution = markdown.slice(0, markdown.indexOf('## Plan review'));

describe('the review of a cluster stack whose node groups change (fixture pair)', () => {
  test('Given any review, When rendered, Then it starts with the hidden marker CI finds its comment by', () => {
    expect(markdown.startsWith(`${REVIEW_MARKER}\n> [!CAUTION]\n`)).toBe(true);
  });

  test('Given a node group replaced for its instance types, When rendered, Then the red block says so and expects a rolling replacement', () => {
    expect(caution).toContain('**prod · cluster**: `aws_eks_node_group.NodesB_7A8B9C0D` (cluster/NodesB/Resource) **will be replaced**: `instance_types` forces a new resource. Rolling replacement expected');
  });

  test('Given a node group scaled, When rendered, Then it is a plain in-place change outside the red block', () => {
    expect(caution).not.toContain('NodesA');
    expect(markdown).toContain('**Changed in place (3)**');
    expect(markdown).toContain('- `aws_eks_node_group.NodesA_6E1F2B3C` (cluster/NodesA/Resource)\n  - `scaling_config.desired_size`: `2` → `3`\n  - `scaling_config.max_size`: `6` → `9`');
  });

  test('Given changed passwords and secret data, When rendered, Then neither old nor new value appears', () => {
    expect(markdown).not.toMatch(/fixture-(password|deploy-key)/);
    expect(markdown).toContain('- `password`: `(sensitive)` → `(sensitive)`');
    expect(markdown).toContain('- `data.identity`: `(sensitive)` → `(sensitive)`');
  });

  test('Given the changes, When rendered, Then the summary row counts them as Terraform would', () => {
    expect(markdown).toContain('| prod | cluster | 0 | 3 | 1 | 0 |');
  });
});
