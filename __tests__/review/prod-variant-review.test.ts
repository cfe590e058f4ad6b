import { renderReview } from '../../review/render-markdown';
import { reviewOutputs, StackReview } from '../../review/review';
import { synthOutputOf } from '../support/review';
import { synthEnvironment, synthShipped, variantOf } from '../support/synth';

// The fixture pairs: shipped prod against prod moved to MySQL (replaces the database) with more storage headroom
// (in place), and against prod with only the storage headroom raised. Synthesized once, at module level.
const base = synthShipped('prod');
const head = synthEnvironment(
  variantOf('prod', (settings) => {
    settings.database.engine = 'mysql';
    settings.database.engineVersion = '8.0';
    settings.database.maxAllocatedStorageGib = 800;
  }, 'prod'),
);
const onlyStorage = synthEnvironment(variantOf('prod', (settings) => (settings.database.maxAllocatedStorageGib = 800), 'prod'));
const stacks = reviewOutputs(synthOutputOf(base), synthOutputOf(head));
const network = stacks.find((stack) => stack.stack === 'network') as StackReview;
const markdown = renderReview(stacks, { baseLabel: 'prod', headLabel: 'prod on MySQL' });
const caution = markdown.slice(0, markdown.indexOf('## Plan review'));

describe('reviewing prod against a variant whose database engine and storage ceiling change', () => {
  test('Given the variant, When reviewed, Then stacks are listed in deploy order and only the network stack changes', () => {
    expect(stacks.map((stack) => `${stack.environment}/${stack.stack}`)).toEqual(['prod/workspaces', 'prod/network', 'prod/cluster', 'prod/gitops']);
    expect(stacks.filter((stack) => stack.changes.length > 0).map((stack) => stack.stack)).toEqual(['network']);
  });

  test('Given a new engine, When reviewed, Then the RDS instance is replaced, forced by engine, and flagged red at the top', () => {
    const database = network.changes.find((change) => change.type === 'aws_db_instance')!;
    expect(database).toMatchObject({ action: 'replace', forcedBy: ['engine'], preventDestroy: true });
    expect(caution).toContain('> [!CAUTION]');
    expect(caution).toMatch(/\*\*prod · network\*\*: `aws_db_instance\.Database_\w+` \(network\/Database\/Resource\) \*\*will be replaced\*\*: `engine` forces a new resource\. Loses the RDS instance/);
    expect(caution).toContain('`lifecycle.prevent_destroy` is set, so the apply fails');
  });

  test('Given a higher storage ceiling, When reviewed, Then it shows as a change of the replaced instance, not a forced one', () => {
    expect(markdown).toContain('  - `max_allocated_storage`: `500` → `800`');
    expect(markdown).toContain('  - `engine` *(forces replacement)*: `mariadb` → `mysql`');
  });

  test('Given a new parameter group family, When reviewed, Then the group is replaced but, holding no data, is not flagged red', () => {
    const parameters = network.changes.find((change) => change.type === 'aws_db_parameter_group')!;
    expect(parameters).toMatchObject({ action: 'replace', forcedBy: ['description', 'family', 'name'] });
    expect(caution).not.toContain('aws_db_parameter_group');
  });

  test('Given only the storage ceiling changes, When reviewed, Then the instance is changed in place and nothing is red', () => {
    const review = reviewOutputs(synthOutputOf(base), synthOutputOf(onlyStorage));
    const rendered = renderReview(review, { baseLabel: 'a', headLabel: 'b' });
    expect(review.flatMap((stack) => stack.changes).map(({ type, action }) => ({ type, action }))).toEqual([{ type: 'aws_db_instance', action: 'update' }]);
    expect(rendered).toContain('> [!NOTE]\n> No stateful or identity resource is destroyed or replaced.');
    expect(rendered).toContain('| prod | network | 0 | 1 | 0 | 0 |');
  });
});
