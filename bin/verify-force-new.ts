import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FORCE_NEW_ATTRIBUTES } from '../review/force-new-attributes';
import { FORCE_NEW_CASES } from '../review/force-new-cases';

/**
 * Checks the force-new table against hashicorp/aws 5.100.0 itself, offline: every AWS path in the
 * table exists in the provider's schema, and each case in review/force-new-cases.ts plans as the
 * table says (replace, with that attribute among Terraform's replace paths, or update in place).
 * Plans run with fake credentials and -refresh=false, so no AWS API is called. Needs Terraform, and
 * the provider in a filesystem mirror (TF_PLUGIN_MIRROR, default /opt/tf-plugins) or registry access.
 *   npm run build && node dist/bin/verify-force-new.js
 */
const PROVIDER = 'registry.terraform.io/hashicorp/aws';

interface Planned {
  readonly expectation: 'replace' | 'update';
  readonly type: string;
  readonly attribute: string;
}

function main(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-force-new-'));
  // The offline mirror where there is one (this project's machines); the public registry elsewhere (GitHub runners).
  const mirror = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins';
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  if (fs.existsSync(mirror)) {
    fs.writeFileSync(path.join(dir, 'cli.tfrc'), `provider_installation {\n  filesystem_mirror { path = "${mirror}" }\n}\n`);
    env.TF_CLI_CONFIG_FILE = path.join(dir, 'cli.tfrc');
  }
  const terraform = (...args: string[]): string => {
    try {
      return execFileSync('terraform', [`-chdir=${dir}`, ...args], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? '');
      throw new Error(`terraform ${args[0]} failed:\n${stderr.split('\n').filter((line) => /Error:|  with /.test(line)).join('\n')}`);
    }
  };

  const planned = new Map<string, Planned>();
  const resources: Record<string, Record<string, unknown>> = {};
  const state: unknown[] = [];
  for (const [type, spec] of Object.entries(FORCE_NEW_CASES)) {
    const add = (name: string, override: Record<string, unknown>, expected: Planned) => {
      const config = Object.fromEntries(Object.entries({ ...spec.base, ...override }).filter(([, value]) => value !== null));
      (resources[type] ??= {})[name] = config;
      state.push({ type, name, attributes: { id: `${name}-id`, ...spec.base } });
      planned.set(`${type}.${name}`, expected);
    };
    for (const [attribute, override] of Object.entries(spec.replaces)) add(`replace_${attribute.replace(/\./g, '__')}`, override, { expectation: 'replace', type, attribute });
    for (const [label, override] of Object.entries(spec.inPlace ?? {})) add(`update_${label.replace(/\./g, '__')}`, override, { expectation: 'update', type, attribute: label });
  }
  const provider = {
    region: 'eu-west-2', access_key: 'fake', secret_key: 'fake', max_retries: 0, skip_credentials_validation: true,
    skip_requesting_account_id: true, skip_metadata_api_check: true, skip_region_validation: true,
  };
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } }, provider: { aws: provider }, resource: resources }));
  terraform('init', '-backend=false', '-input=false', '-no-color');
  const schemas = JSON.parse(terraform('providers', 'schema', '-json')).provider_schemas[PROVIDER].resource_schemas;
  const instances = (state as Array<{ type: string; name: string; attributes: object }>).map((r) => ({
    mode: 'managed', type: r.type, name: r.name, provider: `provider["${PROVIDER}"]`,
    instances: [{ schema_version: schemas[r.type].version ?? 0, attributes: r.attributes }],
  }));
  fs.writeFileSync(path.join(dir, 'terraform.tfstate'), JSON.stringify({ version: 4, terraform_version: '1.11.4', serial: 1, lineage: 'verify-force-new', outputs: {}, resources: instances }));
  terraform('plan', '-refresh=false', '-input=false', '-lock=false', '-no-color', '-out=plan.bin');
  const plan = JSON.parse(terraform('show', '-json', 'plan.bin'));

  const problems: string[] = [];
  const notes: string[] = [];
  for (const [type, entry] of Object.entries(FORCE_NEW_ATTRIBUTES)) {
    if (!schemas[type]) {
      if (type.startsWith('aws_')) problems.push(`${type}: not a resource type of hashicorp/aws 5.100.0`);
      continue;
    }
    for (const attribute of entry.attributes) {
      if (!hasPath(schemas[type].block, attribute.split('.'))) problems.push(`${type}.${attribute}: not in the provider's schema`);
      else if (!FORCE_NEW_CASES[type]?.replaces[attribute]) notes.push(`${type}.${attribute}`);
    }
  }
  for (const change of plan.resource_changes as Array<{ address: string; change: { actions: string[]; replace_paths?: Array<Array<string | number>> } }>) {
    const expected = planned.get(change.address);
    if (!expected) continue;
    const replacePaths = (change.change.replace_paths ?? []).map((steps) => steps.filter((step) => typeof step === 'string').join('.'));
    const replaced = change.change.actions.includes('delete') && change.change.actions.includes('create');
    const listed = FORCE_NEW_ATTRIBUTES[expected.type]?.attributes ?? [];
    if (expected.expectation === 'replace') {
      if (!replaced) problems.push(`${change.address}: table says ${expected.attribute} forces a new resource, Terraform plans ${change.change.actions.join('+')}`);
      else if (!replacePaths.some((p) => p === expected.attribute || expected.attribute.startsWith(`${p}.`) || p.startsWith(`${expected.attribute}.`))) {
        problems.push(`${change.address}: replaced, but by ${replacePaths.join(', ')}, not ${expected.attribute}`);
      }
      if (!listed.includes(expected.attribute)) problems.push(`${expected.type}.${expected.attribute}: forces a new resource but is missing from the table`);
    } else if (replaced) {
      problems.push(`${change.address}: expected in place, Terraform replaces it by ${replacePaths.join(', ')}`);
    } else if (listed.includes(expected.attribute)) {
      problems.push(`${expected.type}.${expected.attribute}: planned in place but listed as force-new`);
    }
  }
  const cases = planned.size;
  process.stdout.write(`${cases} planned cases, ${problems.length} problems; table attributes resting on the documentation alone: ${notes.length}\n`);
  for (const problem of problems) process.stdout.write(`  PROBLEM ${problem}\n`);
  if (process.argv.includes('--verbose')) for (const note of notes) process.stdout.write(`  docs only ${note}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  return problems.length > 0 ? 1 : 0;
}

function hasPath(block: { attributes?: Record<string, unknown>; block_types?: Record<string, { block: object }> }, steps: string[]): boolean {
  const [head, ...rest] = steps;
  if (rest.length === 0) return Boolean(block.attributes?.[head] ?? block.block_types?.[head]);
  const nested = block.block_types?.[head];
  return nested ? hasPath(nested.block, rest) : false;
}

if (require.main === module) {
  try {
    process.exit(main());
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}
