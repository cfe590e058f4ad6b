import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKOV_SKIPS } from './checkov-skips';
import { CheckResult, SynthesizedStack, TOOLS_DIR, label } from './stacks';

const WORK = path.join(TOOLS_DIR, 'work', 'checkov');

interface Finding { readonly check_id: string; readonly resource: string; readonly file_path: string; readonly check_name: string }

/**
 * Checkov's terraform_json parser crashes on some top-level keys of cdk.tf.json (checkov #7454:
 * terraform.required_version; the "//" metadata in older releases), so it scans a copy without "//" and
 * without the `terraform` block (required_providers, cloud, required_version: nothing Checkov checks).
 */
function scanCopy(json: Record<string, any>): Record<string, any> {
  const { ['//']: _metadata, terraform: _terraform, ...rest } = json;
  return rest;
}

export function checkovChecks(stacks: readonly SynthesizedStack[], tiers: ReadonlyMap<string, string>): CheckResult[] {
  fs.rmSync(WORK, { recursive: true, force: true });
  for (const s of stacks) {
    const dir = path.join(WORK, s.environment, s.stack);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(scanCopy(s.json), null, 2));
  }
  const checkov = path.join(TOOLS_DIR, 'venv', 'bin', 'checkov');
  if (!fs.existsSync(checkov)) {
    return [{ check: 'checkov', target: 'all stacks', status: 'blocked', detail: `${checkov} missing: run verify/build-tools.sh` }];
  }
  const run = spawnSync(checkov, ['-d', WORK, '--framework', 'terraform_json', '-o', 'json', '--skip-download', '--compact'], {
    encoding: 'utf8',
    env: { ...process.env, BC_SKIP_MAPPING: 'TRUE', CHECKOV_RUN_SCA_PACKAGE_SCAN_V2: 'false' },
    maxBuffer: 256 * 1024 * 1024,
  });
  let report: any;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return [{ check: 'checkov', target: 'all stacks', status: 'fail', detail: `checkov did not report (exit ${run.status}): ${run.stderr.slice(-400)}` }];
  }
  const reports: any[] = [report].flat();
  const parsingErrors: string[] = reports.flatMap((r) => r.results?.parsing_errors ?? []);
  const passed: Finding[] = reports.flatMap((r) => r.results?.passed_checks ?? []);
  const failed: Finding[] = reports.flatMap((r) => r.results?.failed_checks ?? []);
  const inlineSkipped: Finding[] = reports.flatMap((r) => r.results?.skipped_checks ?? []);
  const results: CheckResult[] = [];
  const of = (s: SynthesizedStack) => (f: Finding) => path.normalize(f.file_path).includes(path.join(s.environment, s.stack, 'cdk.tf.json'));
  for (const s of stacks) {
    const mine = of(s);
    const stackFailed = failed.filter(mine);
    const skips = (f: Finding) => CHECKOV_SKIPS[f.check_id] && (!CHECKOV_SKIPS[f.check_id].tiers || CHECKOV_SKIPS[f.check_id].tiers!.includes(tiers.get(s.environment) as never));
    const unexplained = stackFailed.filter((f) => !skips(f));
    const skipped = stackFailed.length - unexplained.length + inlineSkipped.filter(mine).length;
    const errors = parsingErrors.filter((e) => e.includes(path.join(s.environment, s.stack)));
    const counts = `${passed.filter(mine).length} passed, ${unexplained.length} failed, ${skipped} skipped`;
    const details = unexplained.map((f) => `${f.check_id} ${f.resource} (${f.check_name})`);
    results.push({
      check: 'checkov',
      target: label(s),
      status: unexplained.length === 0 && errors.length === 0 ? 'pass' : 'fail',
      detail: [counts, ...errors.map((e) => `parsing error ${e}`), ...details].join('\n      '),
    });
  }
  const used = new Set(failed.map((f) => f.check_id));
  const stale = Object.keys(CHECKOV_SKIPS).filter((id) => !used.has(id));
  if (stale.length > 0) {
    results.push({ check: 'checkov skip list', target: 'verify/checkov-skips.ts', status: 'pass', detail: `listed but not failing anywhere now (remove when no stack needs them): ${stale.join(', ')}` });
  }
  return results;
}
