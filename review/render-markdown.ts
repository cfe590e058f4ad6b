import { STATEFUL_RESOURCE_TYPES } from '../modules/platform/stateful-resources';
import { AttributeChange } from './attribute-diff';
import { countActions, StackReview } from './review';
import { forceNewSource } from './replacement';
import { displayValue } from './secrets';
import { ResourceChange } from './stack-diff';

/** First line of every review: lets CI find and update its own pull-request comment. */
export const REVIEW_MARKER = '<!-- eks-platform-plan-review -->';

export interface RenderOptions {
  /** The old revision, e.g. `origin/main (1a2b3c4)`. */
  readonly baseLabel: string;
  /** The new revision, e.g. `working tree`. */
  readonly headLabel: string;
}

const MAX_VALUE_CHARS = 120;

/** The review as GitHub-flavoured Markdown: warnings, summary table, then environment by environment. */
export function renderReview(stacks: readonly StackReview[], options: RenderOptions): string {
  const lines = [REVIEW_MARKER, ...renderWarnings(stacks), '', `## Plan review: ${options.baseLabel} → ${options.headLabel}`, ''];
  lines.push(
    'Offline review of the synthesized configuration, resources matched by Terraform address. It needs no state and no',
    'cloud access, so values known only after apply show as the references they are, and drift is not seen.',
    '',
    '| Environment | Stack | Add | Change | Replace | Destroy |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const stack of stacks) {
    const n = countActions(stack);
    const note = stack.presence === 'removed' ? ' (no longer synthesized)' : stack.presence === 'added' ? ' (new)' : '';
    lines.push(`| ${stack.environment} | ${stack.stack}${note} | ${n.add} | ${n.change} | ${n.replace} | ${n.destroy} |`);
  }
  let environment: string | undefined;
  for (const stack of stacks) {
    if (stack.environment !== environment) {
      environment = stack.environment;
      lines.push('', `### ${environment}`);
    }
    lines.push('', ...renderStack(stack));
  }
  return `${lines.join('\n')}\n`;
}

/** The red block: every destroy or replace of a stateful or identity resource. */
function renderWarnings(stacks: readonly StackReview[]): string[] {
  const warnings = stacks.flatMap((stack) =>
    stack.changes
      .filter((change) => STATEFUL_RESOURCE_TYPES[change.type] && (change.action === 'delete' || change.action === 'replace'))
      .map((change) => `> - **${stack.environment} · ${stack.stack}**: ${warningFor(change)}`),
  );
  if (warnings.length === 0) return ['> [!NOTE]', '> No stateful or identity resource is destroyed or replaced.'];
  const title = `> **${warnings.length} ${warnings.length === 1 ? 'change destroys or replaces' : 'changes destroy or replace'} a stateful or identity resource.**`;
  return ['> [!CAUTION]', title, ...warnings];
}

function warningFor(change: ResourceChange): string {
  const spec = STATEFUL_RESOURCE_TYPES[change.type];
  const subject = `${code(change.address)}${change.constructPath ? ` (${change.constructPath})` : ''}`;
  const consequence = change.action === 'replace' && spec.replacementNote ? `${capitalise(spec.replacementNote)}.` : `Loses the ${spec.loses}.`;
  if (change.action === 'delete') {
    const cause = change.renamedTo
      ? `its construct ID was renamed, so Terraform destroys it and creates ${code(change.renamedTo)}. Keep the ID, or move the state instead: ${code('moveTo')}/${code('moveFromId')} in cdktf (a Terraform ${code('moved')} block)`
      : 'it is gone from the configuration';
    const guard = change.preventDestroy ? ` Its ${code('prevent_destroy')} went with its resource block, so nothing stops this.` : '';
    return `${subject} **will be destroyed**: ${cause}. ${consequence}${guard}`;
  }
  const guard = change.preventDestroy ? ` ${code('lifecycle.prevent_destroy')} is set, so the apply fails until that is lifted on purpose.` : '';
  return `${subject} **will be replaced**: ${replacementCause(change)}. ${consequence}${guard}`;
}

function replacementCause(change: ResourceChange): string {
  if (change.forcedBy.length > 0) return `${change.forcedBy.map(code).join(', ')} ${change.forcedBy.length === 1 ? 'forces' : 'force'} a new resource`;
  return `it uses attributes of ${change.followsReplacementOf.map(code).join(', ')}, which ${change.followsReplacementOf.length === 1 ? 'is' : 'are'} replaced`;
}

function renderStack(stack: StackReview): string[] {
  const workspace = stack.workspace ? ` (workspace ${code(stack.workspace)})` : '';
  const lines = [`#### ${stack.stack}${workspace}`, ''];
  if (stack.presence === 'removed') {
    return [...lines, `No longer synthesized. Its ${stack.orphanedResourceCount} resources are not destroyed by this change; destroy the workspace's resources on purpose if that is the intent.`];
  }
  const by = (action: ResourceChange['action']) => stack.changes.filter((change) => change.action === action);
  const sections: Array<[string, ResourceChange[], (c: ResourceChange) => string[]]> = [
    ['Replaced', by('replace'), renderReplaced],
    ['Destroyed', by('delete'), (c) => [`- ${code(c.address)}${path(c)}${c.renamedTo ? ` — renamed to ${code(c.renamedTo)}: destroy + create; use ${code('moveTo')}/${code('moved')} to keep it` : ''}`]],
    ['Changed in place', by('update'), renderChanged],
    ['Added', by('create'), (c) => [`- ${code(c.address)}${path(c)}${c.renamedFrom ? ` — renamed from ${code(c.renamedFrom)}` : ''}${c.imported ? ' — imported' : ''}`]],
    ['Configuration only (meta-arguments or moves: no change planned)', by('meta'), renderChanged],
  ];
  for (const [title, changes, render] of sections) {
    if (changes.length > 0) lines.push(`**${title} (${changes.length})**`, '', ...changes.flatMap(render), '');
  }
  const { added, removed, changed } = stack.outputs;
  const outputs = [['added', added], ['removed', removed], ['changed', changed]] as const;
  const outputText = outputs.filter(([, names]) => names.length > 0).map(([what, names]) => `${what} ${names.map(code).join(', ')}`);
  if (outputText.length > 0) lines.push(`**Outputs**: ${outputText.join('; ')}.`, '');
  if (lines.length === 2) lines.push('No changes.', '');
  return lines.slice(0, lines[lines.length - 1] === '' ? -1 : undefined);
}

function renderReplaced(change: ResourceChange): string[] {
  const source = forceNewSource(change.type);
  const why = `will be replaced: ${replacementCause(change)}${change.forcedBy.length > 0 && source ? ` ([provider docs](${source}))` : ''}`;
  return [`- ${code(change.address)}${path(change)} — ${why}`, ...attributeLines(change)];
}

function renderChanged(change: ResourceChange): string[] {
  const moved = change.movedFrom ? ` — moved from ${code(change.movedFrom)}` : '';
  return [`- ${code(change.address)}${path(change)}${moved}`, ...attributeLines(change)];
}

function attributeLines(change: ResourceChange): string[] {
  return change.changes.map((diff: AttributeChange) => {
    const forces = change.forcedBy.some((attribute) => diffTouches(diff.path, attribute)) ? ' *(forces replacement)*' : '';
    return `  - ${code(diff.path)}${forces}: ${value(change.type, diff.path, diff.before)} → ${value(change.type, diff.path, diff.after)}`;
  });
}

function diffTouches(path: string, attribute: string): boolean {
  const name = path.replace(/\[\d+\]/g, '');
  return name === attribute || name.startsWith(`${attribute}.`) || attribute.startsWith(`${name}.`);
}

function value(type: string, path: string, raw: unknown): string {
  const text = displayValue(type, path, raw);
  if (raw === undefined) return `*${text}*`;
  return code(text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text);
}

function path(change: ResourceChange): string {
  return change.constructPath ? ` (${change.constructPath})` : '';
}

/** A Markdown code span that survives backticks and newlines in the text. */
function code(text: string): string {
  const flat = text.replace(/\r?\n/g, '⏎');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
