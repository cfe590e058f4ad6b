import { diffStack, ResourceChange } from '../../review/stack-diff';
import { reviewFixture } from '../support/review';

const base = reviewFixture('node-group-base.json');
const head = reviewFixture('node-group-head.json');

const changes = diffStack(base, head);
const changeOf = (address: string): ResourceChange | undefined => changes.find((change) => change.address === address);

describe('diffing two configurations of a cluster stack (hand-written fixture pair)', () => {
  test('Given a node group whose scaling changes, When diffed, Then it is changed in place with the scaling paths', () => {
    const nodes = changeOf('aws_eks_node_group.NodesA_6E1F2B3C')!;
    expect(nodes.action).toBe('update');
    expect(nodes.forcedBy).toEqual([]);
    expect(nodes.changes).toEqual([
      { path: 'scaling_config.desired_size', before: 2, after: 3 },
      { path: 'scaling_config.max_size', before: 6, after: 9 },
    ]);
  });

  test('Given a node group whose instance types change, When diffed, Then it is replaced, forced by instance_types', () => {
    const nodes = changeOf('aws_eks_node_group.NodesB_7A8B9C0D')!;
    expect(nodes.action).toBe('replace');
    expect(nodes.forcedBy).toEqual(['instance_types']);
    expect(nodes.changes).toEqual([{ path: 'instance_types', before: ['m7g.xlarge'], after: ['m7g.2xlarge'] }]);
  });

  test('Given unchanged resources, When diffed, Then they are not listed, and the list is in address order', () => {
    expect(changeOf('aws_eks_cluster.Cluster_4C5F7C0A')).toBeUndefined();
    const addresses = changes.map((change) => change.address);
    expect(addresses).toEqual([...addresses].sort());
  });
});

describe('matching resources by Terraform address', () => {
  const database = (name: string, extra: Record<string, unknown> = {}) => ({
    resource: { aws_db_instance: { [name]: { '//': { metadata: { path: `network/${name}` } }, identifier: 'prod-platform', engine: 'mariadb', ...extra } } },
  });

  test('Given a renamed construct ID, When diffed, Then it is a destroy of the old address paired with a create of the new one', () => {
    const renamed = diffStack(database('Database_B269D8BB'), database('Db_0A1B2C3D'));
    expect(renamed.map(({ address, action, renamedTo, renamedFrom }) => ({ address, action, renamedTo, renamedFrom }))).toEqual([
      { address: 'aws_db_instance.Database_B269D8BB', action: 'delete', renamedTo: 'aws_db_instance.Db_0A1B2C3D', renamedFrom: undefined },
      { address: 'aws_db_instance.Db_0A1B2C3D', action: 'create', renamedTo: undefined, renamedFrom: 'aws_db_instance.Database_B269D8BB' },
    ]);
  });

  test('Given a rename with a moved block, When diffed, Then nothing is destroyed and the move is shown', () => {
    const moved = { ...database('Db_0A1B2C3D'), moved: [{ from: 'aws_db_instance.Database_B269D8BB', to: 'aws_db_instance.Db_0A1B2C3D' }] };
    const changes = diffStack(database('Database_B269D8BB'), moved);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ address: 'aws_db_instance.Db_0A1B2C3D', action: 'meta', movedFrom: 'aws_db_instance.Database_B269D8BB' });
  });

  test('Given only lifecycle.prevent_destroy added, When diffed, Then the change is configuration only', () => {
    const [change] = diffStack(database('Database_B269D8BB'), database('Database_B269D8BB', { lifecycle: { prevent_destroy: true } }));
    expect(change).toMatchObject({ action: 'meta', preventDestroy: true, changes: [{ path: 'lifecycle.prevent_destroy', before: undefined, after: true }] });
  });

  test('Given a replaced KMS key used by a force-new attribute, When diffed, Then the user of its ARN is replaced with it', () => {
    const stack = (keySpec: string) => ({
      resource: {
        aws_kms_key: { Key_1: { customer_master_key_spec: keySpec } },
        aws_db_instance: { Db_1: { identifier: 'db', kms_key_id: '${aws_kms_key.Key_1.arn}' } },
      },
    });
    const changes = diffStack(stack('SYMMETRIC_DEFAULT'), stack('RSA_4096'));
    expect(changes.map(({ address, action, forcedBy, followsReplacementOf }) => ({ address, action, forcedBy, followsReplacementOf }))).toEqual([
      { address: 'aws_db_instance.Db_1', action: 'replace', forcedBy: [], followsReplacementOf: ['aws_kms_key.Key_1'] },
      { address: 'aws_kms_key.Key_1', action: 'replace', forcedBy: ['customer_master_key_spec'], followsReplacementOf: [] },
    ]);
  });

  test('Given a replaced resource referenced by an attribute its configuration sets, When diffed, Then the user is not replaced', () => {
    const stack = (family: string) => ({
      resource: {
        aws_db_parameter_group: { Params_1: { name: 'tls-only', family } },
        aws_db_instance: { Db_1: { identifier: 'db', parameter_group_name: '${aws_db_parameter_group.Params_1.name}', engine: 'mariadb' } },
      },
    });
    expect(diffStack(stack('mariadb10.11'), stack('mariadb11.4')).map((change) => change.address)).toEqual(['aws_db_parameter_group.Params_1']);
  });

  test('Given a stack only in the new revision, When diffed, Then all its resources are created', () => {
    expect(diffStack(undefined, database('Db_1')).map((change) => change.action)).toEqual(['create']);
  });
});
