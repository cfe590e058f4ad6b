import { loadEnvironments } from '../modules/environment/load';
import { checkovChecks } from './checkov';
import { iamChecks } from './iam';
import { kubeconformChecks } from './kubeconform';
import { CheckResult, synthesizedStacks } from './stacks';
import { terraformChecks } from './terraform';

/**
 * `npm run verify`: the field's own tools on every synthesized stack of every environment. Prints a line per
 * check and stack, then timings and a summary; exits 1 when any check fails. A check that cannot run here
 * (a provider the Go module proxy refuses) is reported BLOCKED with the reason; VERIFY_STRICT=1 fails on it.
 */
const PARTS: Record<string, (ctx: Context) => CheckResult[] | Promise<CheckResult[]>> = {
  terraform: (c) => terraformChecks(c.stacks),
  checkov: (c) => checkovChecks(c.stacks, c.tiers),
  kubeconform: (c) => kubeconformChecks(c.stacks, c.kubernetesVersions),
  iam: (c) => iamChecks(c.stacks),
};

interface Context {
  readonly stacks: ReturnType<typeof synthesizedStacks>;
  readonly kubernetesVersions: Map<string, string>;
  readonly tiers: Map<string, string>;
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(PARTS);
  const environments = loadEnvironments();
  const context: Context = {
    stacks: synthesizedStacks(),
    kubernetesVersions: new Map(environments.map((e) => [e.name, e.cluster.kubernetesVersion])),
    tiers: new Map(environments.map((e) => [e.name, e.tier])),
  };
  process.stdout.write(`verifying ${context.stacks.length} stacks: ${context.stacks.map((s) => `${s.environment}/${s.stack}`).join(', ')}\n`);
  const all: CheckResult[] = [];
  const timings: string[] = [];
  for (const part of wanted) {
    if (!PARTS[part]) throw new Error(`unknown check ${part}; known: ${Object.keys(PARTS).join(', ')}`);
    const started = Date.now();
    process.stdout.write(`\n== ${part}\n`);
    let results: CheckResult[];
    try {
      results = await PARTS[part](context);
    } catch (error) {
      results = [{ check: part, target: 'all stacks', status: 'fail', detail: `did not run: ${(error as Error).message}` }];
    }
    for (const r of results) process.stdout.write(`${r.status.toUpperCase().padEnd(7)} ${r.check} ${r.target}: ${r.detail}\n`);
    all.push(...results);
    timings.push(`${part} ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  const count = (status: CheckResult['status']) => all.filter((r) => r.status === status).length;
  process.stdout.write(`\ntimings: ${timings.join(', ')}\n`);
  const blocked = all.filter((r) => r.status === 'blocked');
  if (blocked.length) process.stdout.write(`blocked (could not run here, see reasons above): ${blocked.map((r) => `${r.check} ${r.target}`).join('; ')}\n`);
  process.stdout.write(`verify summary: ${count('pass')} checks passed, ${count('fail')} failed, ${count('blocked')} blocked\n`);
  return count('fail') > 0 || (process.env.VERIFY_STRICT === '1' && blocked.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`verify: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
