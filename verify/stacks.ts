import * as fs from 'fs';
import * as path from 'path';

/** One synthesized stack: cdktf.out/environments/<environment>/stacks/<stack>/cdk.tf.json. */
export interface SynthesizedStack {
  readonly environment: string;
  readonly stack: string;
  readonly file: string;
  readonly json: TerraformJson;
}

export type TerraformJson = Record<string, any>;

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const TOOLS_DIR = process.env.TOOLS_DIR ?? path.join(REPO_ROOT, '.tools');
export const OUT_ROOT = path.join(REPO_ROOT, 'cdktf.out', 'environments');

/** Every stack `npm run synth` wrote, whatever its name: checks stay generic over the layers. */
export function synthesizedStacks(outRoot: string = OUT_ROOT): SynthesizedStack[] {
  if (!fs.existsSync(outRoot)) throw new Error(`${outRoot} does not exist: run \`npm run synth\` first`);
  const stacks: SynthesizedStack[] = [];
  for (const environment of fs.readdirSync(outRoot).sort()) {
    const stacksDir = path.join(outRoot, environment, 'stacks');
    if (!fs.existsSync(stacksDir)) continue;
    for (const stack of fs.readdirSync(stacksDir).sort()) {
      const file = path.join(stacksDir, stack, 'cdk.tf.json');
      if (fs.existsSync(file)) stacks.push({ environment, stack, file, json: JSON.parse(fs.readFileSync(file, 'utf8')) });
    }
  }
  return stacks;
}

/** A resource block: type, name and body (for_each/count left as written). */
export interface ResourceBlock {
  readonly type: string;
  readonly name: string;
  readonly body: Record<string, any>;
}

export function resourceBlocks(json: TerraformJson): ResourceBlock[] {
  return Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
    Object.entries(byName as Record<string, Record<string, any>>).map(([name, body]) => ({ type, name, body })),
  );
}

/**
 * How many resource instances a stack plans to create: `count` and literal `for_each` maps/lists expanded.
 * Returns undefined for an expansion only Terraform can compute (a reference), so callers can say so.
 */
export function resourceInstanceCount(json: TerraformJson): number | undefined {
  let total = 0;
  for (const { body } of resourceBlocks(json)) {
    const n = instancesOf(body, json);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

function instancesOf(body: Record<string, any>, json: TerraformJson): number | undefined {
  if ('count' in body) return typeof body.count === 'number' ? body.count : undefined;
  if (!('for_each' in body)) return 1;
  const forEach = resolveLocal(body.for_each, json);
  if (Array.isArray(forEach)) return new Set(forEach).size;
  if (forEach && typeof forEach === 'object') return Object.keys(forEach).length;
  return undefined;
}

/**
 * for_each values the stacks write: literal, a plain local (`${local.x}`, `${toset(local.x)}`), or the
 * ACM validation idiom keyed by domain name, whose keys are the certificate's distinct domain names.
 */
function resolveLocal(value: unknown, json: TerraformJson): unknown {
  if (typeof value !== 'string') return value;
  const local = /^\$\{(?:toset\()?local\.([A-Za-z0-9_-]+)\)?\}$/.exec(value);
  if (local) return json.locals?.[local[1]];
  const acm = /aws_acm_certificate\.([A-Za-z0-9_-]+)\.domain_validation_options\)?\s*:\s*\w+\.domain_name\s*=>/.exec(value);
  if (acm) {
    const certificate = json.resource?.aws_acm_certificate?.[acm[1]];
    if (certificate) return [certificate.domain_name, ...(certificate.subject_alternative_names ?? [])];
  }
  return value;
}

/** A copy of a stack without the state configuration (`terraform.cloud` / `terraform.backend`). */
export function withoutStateConfig(json: TerraformJson): TerraformJson {
  const copy = JSON.parse(JSON.stringify(json));
  if (copy.terraform) {
    delete copy.terraform.cloud;
    delete copy.terraform.backend;
  }
  return copy;
}

export function label(s: { environment: string; stack: string }): string {
  return `${s.environment}/${s.stack}`;
}

/** Result of one check on one stack, printed in the summary. */
export interface CheckResult {
  readonly check: string;
  readonly target: string;
  readonly status: 'pass' | 'fail' | 'blocked';
  readonly detail: string;
}
