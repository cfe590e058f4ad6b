import Ajv from 'ajv';
import { portablePattern, vendoredSchema } from '../../verify/vendor-schemas';

const ajv = new Ajv({ strict: false });

describe('the Go (?i) flag rewritten for JavaScript', () => {
  const matches = (pattern: string) => (value: string) => new RegExp(portablePattern(pattern)).test(value);

  test('Given a case-insensitive pattern, then both cases of every letter match and nothing else does', () => {
    const match = matches('(?i)^(abort|warn)?$');
    expect(['abort', 'WARN', 'Abort', ''].map(match)).toEqual([true, true, true, true]);
    expect(['retry', 'abortx'].map(match)).toEqual([false, false]);
  });

  test('Given a class with a range of letters and an escape, then the range covers both cases and no more', () => {
    const match = matches('(?i)^[a-cx]\\d$');
    expect(['b1', 'B1', 'X2'].map(match)).toEqual([true, true, true]);
    expect(['Z1', '_1', 'bb'].map(match)).toEqual([false, false, false]);
  });

  test('Given a pattern without the flag, then it is left as it is', () => {
    expect(portablePattern('^[a-z]+$')).toBe('^[a-z]+$');
  });
});

describe('a generated schema made into a vendored one', () => {
  const crd = {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: {
        type: 'object',
        'x-kubernetes-validations': [{ rule: 'self.a != ""' }],
        properties: { mode: { type: 'string', pattern: '(?i)^on$' }, pattern: { type: 'string' } },
        additionalProperties: false,
      },
      status: { type: 'object' },
    },
  };
  const schema = vendoredSchema(crd, 'example.com/v1', 'Widget');
  const validate = ajv.compile(schema);
  const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { mode: 'ON' } };

  test('Given an object of the kind, then it is valid', () => {
    expect(validate(widget)).toBe(true);
  });

  test('Given a misspelt root field, a status, another kind or no metadata, then each is rejected', () => {
    const { metadata: _metadata, ...withoutMetadata } = widget;
    expect([{ ...widget, metdata: {} }, { ...widget, status: {} }, { ...widget, kind: 'Gadget' }, withoutMetadata].map((o) => validate(o))).toEqual([false, false, false, false]);
  });

  test('Given CEL rules and a property named pattern, then the rules are dropped and the property kept', () => {
    expect(schema.properties.spec['x-kubernetes-validations']).toBeUndefined();
    expect(schema.properties.spec.properties.pattern).toEqual({ type: 'string' });
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});
