import { AttributeChange, diffValues, isEqual } from './attribute-diff';
import { forcedReplacementBy, forceNewReferencesTo } from './replacement';

/** A synthesized stack (`cdk.tf.json`), parsed. */
export type StackConfig = Record<string, any>;

export type ResourceAction = 'create' | 'update' | 'replace' | 'delete' | 'meta';

export interface ResourceChange {
  /** Terraform address, `type.name`. */
  readonly address: string;
  readonly type: string;
  /** cdktf construct path, e.g. `network/Database/Resource`. */
  readonly constructPath?: string;
  readonly action: ResourceAction;
  /** Changed attributes (update, replace, meta); empty for create and delete. */
  readonly changes: readonly AttributeChange[];
  /** Force-new attributes whose values changed. */
  readonly forcedBy: readonly string[];
  /** Replaced because a force-new attribute refers to these replaced resources. */
  readonly followsReplacementOf: readonly string[];
  /** Logical ID renamed: the address this one was renamed to (delete) or from (create). */
  readonly renamedTo?: string;
  readonly renamedFrom?: string;
  /** Moved here by a `moved` block: no destroy. */
  readonly movedFrom?: string;
  /** Created by an `import` block: adopted, not created. */
  readonly imported?: boolean;
  /** `lifecycle.prevent_destroy` in the new configuration (replace) or the old one (delete). */
  readonly preventDestroy: boolean;
}

/** Terraform meta-arguments: changing them plans no change to the remote object. */
const META_ARGUMENTS = new Set(['depends_on', 'lifecycle', 'provider', 'provisioner', 'connection']);
/** Attributes a renamed resource most likely keeps: its physical name. */
const IDENTITY_ATTRIBUTES = ['name', 'identifier', 'domain_name', 'bucket', 'cluster_name', 'node_group_name', 'cidr_block'];

/**
 * The resource changes from one synthesized stack to another, matched by Terraform address, in
 * address order. Either side may be missing (a stack added or removed). Offline and approximate by
 * design: values only known after apply are compared as the references they are written as.
 */
export function diffStack(before: StackConfig | undefined, after: StackConfig | undefined): ResourceChange[] {
  const old = resourcesOf(before);
  const current = resourcesOf(after);
  const moves = movesOf(after);
  const imports = new Set<string>((after?.import ?? []).map((block: { to: string }) => block.to));
  const changes = new Map<string, ResourceChange>();

  for (const [address, config] of current) {
    const movedFrom = moves.get(address);
    const previous = old.get(address) ?? (movedFrom ? old.get(movedFrom) : undefined);
    if (!previous) {
      changes.set(address, change(address, config, 'create', { imported: imports.has(address) }));
      continue;
    }
    const diffs = diffValues(strip(previous), strip(config));
    const forcedBy = forcedReplacementBy(typeOf(address), previous, config);
    const meta = diffs.every((diff) => META_ARGUMENTS.has(diff.path.split(/[.[:]/)[0]));
    // A move alone, or a change of meta-arguments only, changes no remote object.
    const action: ResourceAction = forcedBy.length > 0 ? 'replace' : meta ? 'meta' : 'update';
    if (diffs.length > 0 || movedFrom) changes.set(address, change(address, config, action, { changes: diffs, forcedBy, movedFrom }));
  }
  const movedAway = new Set(moves.values());
  for (const [address, config] of old) {
    if (!current.has(address) && !movedAway.has(address)) changes.set(address, change(address, config, 'delete', {}));
  }
  pairRenames(changes, old, current);
  cascadeReplacements(changes, old, current);
  return [...changes.values()].sort(byAddress);
}

function change(address: string, config: StackConfig, action: ResourceAction, extra: Partial<ResourceChange>): ResourceChange {
  return {
    address,
    type: typeOf(address),
    constructPath: config['//']?.metadata?.path,
    action,
    changes: [],
    forcedBy: [],
    followsReplacementOf: [],
    preventDestroy: config.lifecycle?.prevent_destroy === true,
    ...extra,
  };
}

/**
 * A resource deleted and one of its type created with the same configuration or the same physical
 * name is almost always a renamed construct ID: Terraform destroys and re-creates it unless a `moved`
 * block says otherwise. Pairs them so the review can say so.
 */
function pairRenames(changes: Map<string, ResourceChange>, old: Map<string, StackConfig>, current: Map<string, StackConfig>): void {
  const deleted = [...changes.values()].filter((c) => c.action === 'delete');
  const created = [...changes.values()].filter((c) => c.action === 'create' && !c.imported);
  for (const gone of deleted.sort(byAddress)) {
    const before = strip(old.get(gone.address)!);
    const match = created.sort(byAddress).find((made) => {
      if (made.type !== gone.type || made.renamedFrom) return false;
      const after = strip(current.get(made.address)!);
      return isEqual(before, after) || IDENTITY_ATTRIBUTES.some((key) => isLiteral(before[key]) && isEqual(before[key], after[key]));
    });
    if (!match) continue;
    changes.set(gone.address, { ...gone, renamedTo: match.address });
    changes.set(match.address, { ...match, renamedFrom: gone.address });
  }
}

/** A resource whose force-new attribute uses a computed attribute of a replaced resource is replaced too. */
function cascadeReplacements(changes: Map<string, ResourceChange>, old: Map<string, StackConfig>, current: Map<string, StackConfig>): void {
  let grew = true;
  while (grew) {
    grew = false;
    const replaced = [...changes.values()].filter((c) => c.action === 'replace' || (c.action === 'create' && c.renamedFrom));
    for (const [address, config] of current) {
      const existing = changes.get(address);
      if (!old.has(existing?.movedFrom ?? address) || existing?.action === 'replace') continue;
      const causes = replaced
        .filter((r) => forceNewReferencesTo(typeOf(address), config, r.address, current.get(r.address)!).length > 0)
        .map((r) => r.address);
      if (causes.length === 0) continue;
      const base = existing ?? change(address, config, 'update', {});
      changes.set(address, { ...base, action: 'replace', followsReplacementOf: causes });
      grew = true;
    }
  }
}

function resourcesOf(stack: StackConfig | undefined): Map<string, StackConfig> {
  const resources = new Map<string, StackConfig>();
  for (const [type, byName] of Object.entries<Record<string, StackConfig>>(stack?.resource ?? {})) {
    for (const [name, config] of Object.entries(byName)) resources.set(`${type}.${name}`, config);
  }
  return resources;
}

/** `moved` blocks of the new configuration, to -> from. */
function movesOf(stack: StackConfig | undefined): Map<string, string> {
  return new Map((stack?.moved ?? []).map((block: { from: string; to: string }) => [block.to, block.from]));
}

/** The configuration without cdktf's metadata, which is no part of the plan. */
function strip(config: StackConfig): StackConfig {
  const { '//': _metadata, ...rest } = config;
  return rest;
}

function typeOf(address: string): string {
  return address.slice(0, address.indexOf('.'));
}

function isLiteral(value: unknown): boolean {
  return typeof value === 'string' && value !== '' && !value.includes('${');
}

/** Code-point order, the same on every machine whatever its locale. */
function byAddress(a: ResourceChange, b: ResourceChange): number {
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}
