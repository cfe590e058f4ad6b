import { isEqual } from './attribute-diff';
import { diffStack, ResourceChange, StackConfig } from './stack-diff';
import { inDeployOrder, SynthOutput } from './synth-output';

/** Whether a stack is in both revisions, only in the new one, or only in the old one. */
export type StackPresence = 'both' | 'added' | 'removed';

export interface StackReview {
  readonly environment: string;
  readonly stack: string;
  /** Terraform Cloud workspace, when the stack has a `cloud` block. */
  readonly workspace?: string;
  readonly presence: StackPresence;
  readonly changes: readonly ResourceChange[];
  /** Output names added, removed or changed (values are not shown: outputs feed other stacks). */
  readonly outputs: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
  /** Resources the old revision had in a stack the new one no longer synthesizes. */
  readonly orphanedResourceCount: number;
}

/**
 * Every stack of every environment of either revision, environments by name and stacks in deploy
 * order. A stack only in the old revision is reported but not planned as a destroy: no workspace
 * runs a plan for configuration that is no longer synthesized.
 */
export function reviewOutputs(base: SynthOutput, head: SynthOutput): StackReview[] {
  const environments = [...new Set([...base.keys(), ...head.keys()])].sort();
  return environments.flatMap((environment) => {
    const before = base.get(environment) ?? new Map<string, StackConfig>();
    const after = head.get(environment) ?? new Map<string, StackConfig>();
    return inDeployOrder([...before.keys(), ...after.keys()]).map((stack) =>
      reviewStack(environment, stack, before.get(stack), after.get(stack)),
    );
  });
}

function reviewStack(environment: string, stack: string, before?: StackConfig, after?: StackConfig): StackReview {
  const presence: StackPresence = before && after ? 'both' : after ? 'added' : 'removed';
  const oldOutputs = before?.output ?? {};
  const newOutputs = after?.output ?? {};
  const names = (o: object) => Object.keys(o).sort();
  return {
    environment,
    stack,
    workspace: (after ?? before)?.terraform?.cloud?.workspaces?.name,
    presence,
    changes: presence === 'removed' ? [] : diffStack(before, after),
    outputs: {
      added: names(newOutputs).filter((name) => !(name in oldOutputs)),
      removed: presence === 'removed' ? [] : names(oldOutputs).filter((name) => !(name in newOutputs)),
      changed: names(newOutputs).filter((name) => name in oldOutputs && !isEqual(oldOutputs[name], newOutputs[name])),
    },
    orphanedResourceCount:
      presence === 'removed' ? Object.values<object>(before?.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0) : 0,
  };
}

/** Counts per plan action, as Terraform's summary line gives them; a rename counts as destroy + add. */
export function countActions(review: StackReview): { add: number; change: number; replace: number; destroy: number } {
  const count = (action: ResourceChange['action']) => review.changes.filter((c) => c.action === action).length;
  return { add: count('create'), change: count('update'), replace: count('replace'), destroy: count('delete') };
}
