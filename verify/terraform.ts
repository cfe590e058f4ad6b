import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CheckResult, SynthesizedStack, TOOLS_DIR, TerraformJson, label, resourceInstanceCount, withoutStateConfig } from './stacks';

/** Mirrors Terraform installs providers from: the project's own (built by build-tools.sh) and the machine's. */
const MIRRORS = [path.join(TOOLS_DIR, 'terraform-plugins'), '/opt/tf-plugins'].filter((m) => fs.existsSync(m));
const WORK = path.join(TOOLS_DIR, 'work', 'terraform');
const PLAN_STACKS = (process.env.VERIFY_PLAN_STACKS ?? 'network').split(',');

interface Provider { readonly name: string; readonly source: string; readonly version: string }

/** Terraform as build-tools.sh left it: its own build, the machine's, or OpenTofu standing in (and said so). */
interface Engine { readonly bin: string; readonly label: string; readonly opentofu: boolean }

function engine(): Engine | undefined {
  const local = path.join(TOOLS_DIR, 'bin', 'terraform');
  if (fs.existsSync(local)) return { bin: local, label: '', opentofu: false };
  if (spawnSync('terraform', ['version'], { encoding: 'utf8', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } }).status === 0) {
    return { bin: 'terraform', label: '', opentofu: false };
  }
  const tofu = path.join(TOOLS_DIR, 'bin', 'tofu');
  if (fs.existsSync(tofu)) return { bin: tofu, label: ' [OpenTofu standing in for Terraform]', opentofu: true };
  return undefined;
}

let ENGINE: Engine;

/**
 * OpenTofu resolves `hashicorp/aws` on registry.opentofu.org: for it, a mirror under that host name whose
 * files link to the same provider binaries (directories are copied, since mirror scans do not follow them).
 */
function mirrorsFor(e: Engine): string[] {
  if (!e.opentofu) return MIRRORS;
  const shadow = path.join(WORK, 'opentofu-mirror');
  fs.rmSync(shadow, { recursive: true, force: true });
  const linkTree = (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      if (fs.statSync(source).isDirectory()) linkTree(source, path.join(to, entry.name));
      else if (!fs.existsSync(path.join(to, entry.name))) fs.symlinkSync(source, path.join(to, entry.name));
    }
  };
  for (const mirror of MIRRORS) {
    const root = path.join(mirror, 'registry.terraform.io');
    if (fs.existsSync(root)) linkTree(root, path.join(shadow, 'registry.opentofu.org'));
  }
  return [shadow];
}

function cliConfig(): string {
  const file = path.join(WORK, 'terraformrc');
  fs.mkdirSync(WORK, { recursive: true });
  const mirrors = mirrorsFor(ENGINE).map((m) => `  filesystem_mirror {\n    path = "${m}"\n  }`).join('\n');
  fs.writeFileSync(file, `provider_installation {\n${mirrors}\n}\n`);
  return file;
}

function providersOf(json: TerraformJson): Provider[] {
  return Object.entries(json.terraform?.required_providers ?? {}).map(([name, p]: [string, any]) => ({
    name,
    source: p.source.includes('/') ? p.source : `hashicorp/${p.source}`,
    version: p.version,
  }));
}

function inMirror(p: Provider): boolean {
  return MIRRORS.some((m) => fs.existsSync(path.join(m, 'registry.terraform.io', p.source, p.version)));
}

/** Stand-ins build-tools.sh used because the proxy refuses the pinned version ("<ns>/<type> <version> STAND-IN ..."). */
function standIns(): string[] {
  const file = path.join(TOOLS_DIR, 'STANDINS');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

function blockedReason(p: Provider): string {
  const file = path.join(TOOLS_DIR, 'BLOCKED');
  const line = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith(`${p.source} ${p.version}`)) : undefined;
  return line ?? `${p.source} ${p.version} is in no mirror (${MIRRORS.join(', ')}): run verify/build-tools.sh`;
}

/**
 * A copy without the blocks of the given providers, and then (repeatedly) without every block that refers
 * to a removed one, so the rest of the stack can still be validated. The result is labelled "partial".
 */
export function withoutProviders(json: TerraformJson, names: readonly string[]): TerraformJson {
  const copy = JSON.parse(JSON.stringify(json));
  const removed: string[] = [];
  const drop = (kind: 'resource' | 'data') => {
    for (const type of Object.keys(copy[kind] ?? {})) {
      if (names.some((n) => type === n || type.startsWith(`${n}_`))) {
        for (const name of Object.keys(copy[kind][type])) removed.push(kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`);
        delete copy[kind][type];
      }
    }
  };
  drop('resource');
  drop('data');
  for (const n of names) {
    delete copy.provider?.[n];
    delete copy.terraform?.required_providers?.[n];
  }
  const refersToRemoved = (body: unknown) => {
    const text = JSON.stringify(body);
    return removed.some((address) => text.includes(`${address}.`) || text.includes(`"${address}"`) || text.includes(`${address}[`));
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const kind of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries(copy[kind] ?? {}) as [string, Record<string, unknown>][]) {
        for (const [name, body] of Object.entries(byName)) {
          if (refersToRemoved(body)) {
            removed.push(kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`);
            delete byName[name];
            changed = true;
          }
        }
      }
    }
    for (const kind of ['output', 'locals'] as const) {
      for (const [name, body] of Object.entries(copy[kind] ?? {})) {
        if (refersToRemoved(body)) {
          delete copy[kind][name];
          if (kind === 'locals') removed.push(`local.${name}`);
          changed = true;
        }
      }
    }
  }
  // Terraform rejects a block kind left with no blocks ("data": {}).
  for (const kind of ['resource', 'data', 'provider', 'output', 'locals']) {
    for (const [type, byName] of Object.entries(copy[kind] ?? {})) {
      if (kind !== 'provider' && kind !== 'output' && kind !== 'locals' && Object.keys(byName as object).length === 0) delete copy[kind][type];
    }
    if (copy[kind] && Object.keys(copy[kind]).length === 0) delete copy[kind];
  }
  return copy;
}

function run(dir: string, args: string[], config: string) {
  const result = spawnSync(ENGINE.bin, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: config, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function prepare(dir: string, json: TerraformJson, override?: TerraformJson): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(json, null, 2));
  if (override) fs.writeFileSync(path.join(dir, 'verify_override.tf.json'), JSON.stringify(override, null, 2));
}

/** The specific errors of a Terraform run (titles and the lines that locate them), on one line. */
function firstError(output: string): string {
  const lines = output.split('\n').map((l) => l.replace(/[│╷╵]/g, '').trim());
  const errors = lines
    .map((l, i) => (l.startsWith('Error: ') && !l.includes('problems during initialisation') ? [l, ...lines.slice(i + 1, i + 4).filter(Boolean)].join(' ') : ''))
    .filter(Boolean);
  return errors.length ? errors.slice(0, 3).join(' | ') : lines.filter(Boolean).slice(-3).join(' ');
}

function validate(dir: string, json: TerraformJson, config: string): { ok: boolean; detail: string } {
  prepare(dir, json);
  const init = run(dir, ['init', '-backend=false', '-input=false', '-no-color'], config);
  if (!init.ok) return { ok: false, detail: `init failed: ${firstError(init.output)}` };
  const result = run(dir, ['validate', '-no-color'], config);
  return { ok: result.ok, detail: result.ok ? 'valid' : firstError(result.output) };
}

/**
 * Fake credentials and the AWS provider's skip flags, one override per configured aws provider (aliases kept).
 * allowed_account_ids is cleared: with skip_requesting_account_id the provider never learns the account,
 * and the guard is a deploy-time safety net that an offline plan cannot exercise.
 */
function offlineAwsOverride(json: TerraformJson): TerraformJson {
  const configs: any[] = [json.provider?.aws ?? []].flat();
  return {
    provider: {
      aws: configs.map((c) => ({
        ...(c.alias ? { alias: c.alias } : {}),
        access_key: 'AKIAVERIFYOFFLINEFAKE',
        secret_key: 'verify-offline-fake-secret',
        skip_credentials_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        skip_region_validation: true,
        allowed_account_ids: null,
      })),
    },
  };
}

function plan(dir: string, json: TerraformJson, config: string): { ok: boolean; detail: string } {
  prepare(dir, json, offlineAwsOverride(json));
  const init = run(dir, ['init', '-backend=false', '-input=false', '-no-color'], config);
  if (!init.ok) return { ok: false, detail: `init failed: ${firstError(init.output)}` };
  const result = run(dir, ['plan', '-refresh=false', '-lock=false', '-input=false', '-no-color'], config);
  if (!result.ok) return { ok: false, detail: firstError(result.output) };
  const match = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(result.output);
  const toAdd = match ? Number(match[1]) : /No changes/.test(result.output) ? 0 : NaN;
  const expected = resourceInstanceCount(json);
  if (expected === undefined) return { ok: false, detail: `${toAdd} to add; cannot count the synthesized instances (a computed count/for_each)` };
  return { ok: toAdd === expected, detail: `${toAdd} to add, ${expected} resource instances synthesized${toAdd === expected ? '' : ' (MISMATCH)'}` };
}

export function terraformChecks(stacks: readonly SynthesizedStack[]): CheckResult[] {
  const found = engine();
  if (!found) {
    return [{ check: 'terraform', target: 'all stacks', status: 'blocked', detail: 'no Terraform on this machine and none built (see .tools/BLOCKED): run verify/build-tools.sh' }];
  }
  ENGINE = found;
  const config = cliConfig();
  const results: CheckResult[] = [];
  const standins = standIns();
  for (const s of stacks) {
    const json = withoutStateConfig(s.json);
    const providers = providersOf(json);
    const missing = providers.filter((p) => !inMirror(p));
    const substitutes = providers.flatMap((p) => standins.filter((l) => l.startsWith(`${p.source} ${p.version} STAND-IN`)));
    const note = (substitutes.length ? ` [with ${substitutes.map((l) => l.split(':')[0]).join('; ')}]` : '') + ENGINE.label;
    const dir = path.join(WORK, s.environment, s.stack);
    if (missing.length === 0) {
      const v = validate(path.join(dir, 'validate'), json, config);
      results.push({ check: 'terraform validate', target: label(s), status: v.ok ? 'pass' : 'fail', detail: v.detail + note });
    } else {
      results.push({ check: 'terraform validate', target: label(s), status: 'blocked', detail: missing.map(blockedReason).join('; ') });
      const partial = withoutProviders(json, missing.map((p) => p.name));
      const v = validate(path.join(dir, 'validate-partial'), partial, config);
      const left = Object.values(partial.resource ?? {}).reduce((n: number, r: any) => n + Object.keys(r).length, 0);
      results.push({
        check: `terraform validate (partial: without ${missing.map((p) => p.source).join(', ')})`,
        target: label(s),
        status: v.ok ? 'pass' : 'fail',
        detail: `${v.detail}; ${left} resource blocks left${note}`,
      });
    }
    if (PLAN_STACKS.includes(s.stack)) {
      if (missing.length > 0) {
        results.push({ check: 'terraform plan (offline)', target: label(s), status: 'blocked', detail: missing.map(blockedReason).join('; ') });
      } else {
        const p = plan(path.join(dir, 'plan'), json, config);
        results.push({ check: 'terraform plan (offline)', target: label(s), status: p.ok ? 'pass' : 'fail', detail: p.detail + ENGINE.label });
      }
    }
  }
  return results;
}
