/** One changed leaf of a resource's configuration. `before`/`after` are undefined when absent. */
export interface AttributeChange {
  /** Dotted path with list indices, e.g. `vpc_config[0].subnet_ids`; `policy:Statement[0].Action` inside a JSON string. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The differences between two synthesized attribute values, as leaf paths in sorted order. Lists of
 * scalars (subnet IDs, CIDRs) are compared whole, so a reordering or a longer list reads as one
 * change; lists of blocks of equal length are compared element by element; JSON documents held in
 * strings (IAM policies) are compared by their structure, not their text.
 */
export function diffValues(before: unknown, after: unknown, path = ''): AttributeChange[] {
  if (isEqual(before, after)) return [];
  const beforeJson = parseJsonDocument(before);
  const afterJson = parseJsonDocument(after);
  if (beforeJson !== undefined && afterJson !== undefined) {
    return diffValues(beforeJson, afterJson, `${path}:`);
  }
  // A block added or removed reads as its leaves, each from or to absent.
  const oldObject = isPlainObject(before) ? before : before === undefined && isPlainObject(after) ? {} : undefined;
  const newObject = isPlainObject(after) ? after : after === undefined && isPlainObject(before) ? {} : undefined;
  if (oldObject && newObject) {
    const keys = [...new Set([...Object.keys(oldObject), ...Object.keys(newObject)])].sort();
    return keys.flatMap((key) => diffValues(oldObject[key], newObject[key], join(path, key)));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length && before.some(isPlainObject)) {
    return before.flatMap((item, index) => diffValues(item, after[index], `${path}[${index}]`));
  }
  return [{ path, before, after }];
}

/** Deep equality of JSON values. */
export function isEqual(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/** JSON text with object keys sorted, so that equal values always print the same. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, item) =>
    isPlainObject(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]])) : item,
  );
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a[0].b` -> `a.b`: the path as the force-new table and the secret rules name it. */
export function attributeName(path: string): string {
  return path.replace(/\[\d+\]/g, '').replace(/:/g, '.').replace(/^\./, '');
}

function join(path: string, key: string): string {
  if (path === '') return key;
  return path.endsWith(':') ? `${path}${key}` : `${path}.${key}`;
}

function parseJsonDocument(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[{[]/.test(value)) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}
