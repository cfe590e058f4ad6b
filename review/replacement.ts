import { isEqual, isPlainObject, stableStringify } from './attribute-diff';
import { FORCE_NEW_ATTRIBUTES } from './force-new-attributes';

/** The force-new attributes of `type` whose values differ between two configurations of one resource. */
export function forcedReplacementBy(type: string, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const entry = FORCE_NEW_ATTRIBUTES[type];
  if (!entry) return [];
  return entry.attributes.filter((attribute) => !isEqual(valuesAt(before, attribute), valuesAt(after, attribute)));
}

/** Documentation of the force-new attributes of `type`, if the table has it. */
export function forceNewSource(type: string): string | undefined {
  return FORCE_NEW_ATTRIBUTES[type]?.source;
}

/**
 * The values of one force-new attribute of `type` that refer to `address` (`${aws_kms_key.Key.arn}`)
 * by an attribute the referenced resource's configuration does not set, i.e. one that is only known
 * after that resource is created. When `address` is replaced such a value changes too, so the
 * referring resource is replaced with it.
 */
export function forceNewReferencesTo(
  type: string,
  config: Record<string, unknown>,
  address: string,
  referencedConfig: Record<string, unknown>,
): string[] {
  const entry = FORCE_NEW_ATTRIBUTES[type];
  if (!entry) return [];
  const pattern = new RegExp(`\\b${escape(address)}\\.([a-z0-9_]+)`, 'g');
  return entry.attributes.filter((attribute) => {
    const text = stableStringify(valuesAt(config, attribute));
    return [...text.matchAll(pattern)].some((match) => !isKnownBeforeApply(referencedConfig[match[1]]));
  });
}

function isKnownBeforeApply(value: unknown): boolean {
  return value !== undefined && !stableStringify(value).includes('${');
}

/** Values at a dotted path, through lists of blocks: `vpc_config.subnet_ids` of `{vpc_config: [{subnet_ids}]}`. */
export function valuesAt(config: unknown, path: string): unknown[] {
  let current: unknown[] = [config];
  for (const key of path.split('.')) {
    current = current
      .flatMap((value) => (Array.isArray(value) && value.some(isPlainObject) ? value : [value]))
      .map((value) => (isPlainObject(value) ? value[key] : undefined))
      .filter((value) => value !== undefined);
  }
  return current;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
