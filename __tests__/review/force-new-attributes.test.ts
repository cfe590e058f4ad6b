import { FORCE_NEW_ATTRIBUTES } from '../../review/force-new-attributes';
import { FORCE_NEW_CASES } from '../../review/force-new-cases';
import { forcedReplacementBy } from '../../review/replacement';

// `npm run verify-force-new` plans these cases against hashicorp/aws 5.100.0; these tests keep the
// cases and the table from drifting apart between runs of it.
describe('the force-new table', () => {
  test.each(Object.entries(FORCE_NEW_CASES))('Given the verified cases of %s, When compared, Then each replacing attribute is in the table and no in-place one is', (type, spec) => {
    const listed = FORCE_NEW_ATTRIBUTES[type].attributes;
    expect(Object.keys(spec.replaces).filter((attribute) => !listed.includes(attribute))).toEqual([]);
    expect(Object.keys(spec.inPlace ?? {}).filter((attribute) => listed.includes(attribute))).toEqual([]);
  });

  test.each(Object.entries(FORCE_NEW_CASES))('Given the cases of %s, When the review judges them, Then it says replace exactly for the replacing ones', (type, spec) => {
    for (const [attribute, change] of Object.entries(spec.replaces)) {
      expect({ attribute, forcedBy: forcedReplacementBy(type, { ...spec.base }, withoutNulls({ ...spec.base, ...change })) }).toEqual({
        attribute,
        forcedBy: expect.arrayContaining([attribute]),
      });
    }
    for (const [label, change] of Object.entries(spec.inPlace ?? {})) {
      expect({ label, forcedBy: forcedReplacementBy(type, { ...spec.base }, withoutNulls({ ...spec.base, ...change })) }).toEqual({ label, forcedBy: [] });
    }
  });

  test('Given every entry, When read, Then it cites its documentation and lists its attributes sorted and once', () => {
    for (const [type, entry] of Object.entries(FORCE_NEW_ATTRIBUTES)) {
      expect({ type, source: entry.source }).toEqual({ type, source: expect.stringMatching(/^https:\/\/registry\.terraform\.io\/providers\//) });
      expect({ type, attributes: entry.attributes }).toEqual({ type, attributes: [...new Set(entry.attributes)].sort() });
    }
  });
});

function withoutNulls(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== null));
}
