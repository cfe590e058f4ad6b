import { attributeName, diffValues } from '../../review/attribute-diff';
import { valuesAt } from '../../review/replacement';

describe('diffing attribute values', () => {
  test('Given nested blocks, When diffed, Then each changed leaf is reported by its path with list indices', () => {
    const before = { vpc_config: [{ subnet_ids: ['a', 'b'], endpoint_public_access: false }], version: '1.32' };
    const after = { vpc_config: [{ subnet_ids: ['a', 'b'], endpoint_public_access: true }], version: '1.33' };
    expect(diffValues(before, after)).toEqual([
      { path: 'version', before: '1.32', after: '1.33' },
      { path: 'vpc_config[0].endpoint_public_access', before: false, after: true },
    ]);
  });

  test('Given a list of scalars that grows, When diffed, Then the whole list is one change', () => {
    expect(diffValues({ ids: ['a'] }, { ids: ['a', 'b'] })).toEqual([{ path: 'ids', before: ['a'], after: ['a', 'b'] }]);
  });

  test('Given a JSON policy in a string, When diffed, Then the change is found inside the document', () => {
    const policy = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action }] });
    expect(diffValues({ policy: policy('s3:GetObject') }, { policy: policy('s3:*') })).toEqual([
      { path: 'policy:Statement[0].Action', before: 's3:GetObject', after: 's3:*' },
    ]);
  });

  test('Given equal values with keys in another order, When diffed, Then there is no change', () => {
    expect(diffValues({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toEqual([]);
  });

  test('Given a path with indices and a JSON document, When named, Then it reads as the force-new table writes it', () => {
    expect(attributeName('encryption_configuration[0].kms_key')).toBe('encryption_configuration.kms_key');
    expect(attributeName('policy:Statement[0].Action')).toBe('policy.Statement.Action');
  });

  test('Given blocks as lists or objects, When values are read by dotted path, Then both shapes are walked', () => {
    expect(valuesAt({ encryption_configuration: [{ kms_key: 'k1' }] }, 'encryption_configuration.kms_key')).toEqual(['k1']);
    expect(valuesAt({ manifest: { metadata: { name: 'x' } } }, 'manifest.metadata.name')).toEqual(['x']);
    expect(valuesAt({ name: 'x' }, 'missing.path')).toEqual([]);
  });
});
