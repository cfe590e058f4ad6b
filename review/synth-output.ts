import * as fs from 'fs';
import * as path from 'path';
import { StackConfig } from './stack-diff';

/** Synthesized stacks by environment, then by stack name. */
export type SynthOutput = ReadonlyMap<string, ReadonlyMap<string, StackConfig>>;

/** Stacks in the order they are deployed; stacks not listed here follow, by name. */
export const DEPLOY_ORDER: readonly string[] = ['workspaces', 'network', 'cluster', 'gitops'];

/** Reads `<root>/<env>/stacks/<stack>/cdk.tf.json`, as `npm run synth` writes them. */
export function readSynthOutput(root: string): SynthOutput {
  const environments = new Map<string, Map<string, StackConfig>>();
  if (!fs.existsSync(root)) return environments;
  for (const environment of fs.readdirSync(root).sort()) {
    const stacksDir = path.join(root, environment, 'stacks');
    if (!fs.existsSync(stacksDir)) continue;
    const stacks = new Map<string, StackConfig>();
    for (const stack of fs.readdirSync(stacksDir).sort()) {
      const file = path.join(stacksDir, stack, 'cdk.tf.json');
      if (fs.existsSync(file)) stacks.set(stack, JSON.parse(fs.readFileSync(file, 'utf8')));
    }
    environments.set(environment, stacks);
  }
  return environments;
}

/** Stack names in deploy order. */
export function inDeployOrder(names: Iterable<string>): string[] {
  const rank = (name: string) => (DEPLOY_ORDER.includes(name) ? DEPLOY_ORDER.indexOf(name) : DEPLOY_ORDER.length);
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
