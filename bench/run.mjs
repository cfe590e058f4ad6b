#!/usr/bin/env node
// `npm run bench [-- --runs 5] [--only a,b,c,d,scale] [--markdown]`: synth and test speed against the budgets of
// issue 7. Each measure runs once untimed (warms the OS file cache), then --runs times, each in a fresh
// process. See bench/measure.mjs for how peak memory is taken.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { GNU_TIME, measure, median } from './measure.mjs';
import { SCALE_NAME, writeScaleEnvironments } from './scale-environment.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const ONLY = new Set(option('only', 'a,b,c,d,scale').split(','));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');

const NODE = process.execPath;
const ENV = { ...process.env, CHECKPOINT_DISABLE: '1', CI: 'true', FORCE_COLOR: '0' };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const log = (line) => process.stdout.write(`${line}\n`);

/**
 * Runs each measure once untimed, then RUNS rounds of each in turn, each in a fresh process. Measures
 * compared as a ratio run interleaved like this, so that both see the same machine: on a shared
 * machine the speed drifts by a quarter within minutes.
 */
async function interleaved(specs) {
  const runs = specs.map(() => []);
  const first = [];
  for (let i = 0; i <= RUNS; i += 1) {
    for (const [index, { label, command, args, options = {} }] of specs.entries()) {
      const run = await measure(command, args, { cwd: ROOT, env: { ...ENV, ...options.env }, sample: options.sample });
      if (run.code !== 0) {
        throw new Error(`${label} failed (exit ${run.code}):\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-3000)}`);
      }
      // Run 0 warms the file cache (and fills the compile cache): reported apart, not counted.
      if (i === 0) first[index] = run;
      else runs[index].push(run);
      process.stderr.write(`${i === 0 ? `${label}: warm-up` : `${label}:`} ${run.seconds.toFixed(2)}s\n`);
    }
  }
  return specs.map(({ label }, index) => {
    const seconds = runs[index].map((run) => run.seconds);
    const peaks = runs[index].map((run) => run.peakMb);
    const cpu = runs[index].every((run) => run.cpuSeconds !== undefined) ? median(runs[index].map((run) => run.cpuSeconds)) : undefined;
    return { label, runs: runs[index], first: first[index], medianS: median(seconds), maxS: Math.max(...seconds), cpuS: cpu, medianMb: median(peaks), maxMb: Math.max(...peaks) };
  });
}

const series = async (spec) => (await interleaved([spec]))[0];

/** Terraform resources (and data sources) per stack, counted from the written cdk.tf.json files. */
function countResources(environmentsOut) {
  const counts = {};
  for (const environment of fs.readdirSync(environmentsOut).filter((name) => !name.endsWith('.partial')).sort()) {
    const stacksDir = path.join(environmentsOut, environment, 'stacks');
    if (!fs.existsSync(stacksDir)) continue;
    counts[environment] = {};
    for (const stack of fs.readdirSync(stacksDir).sort()) {
      const config = JSON.parse(fs.readFileSync(path.join(stacksDir, stack, 'cdk.tf.json'), 'utf8'));
      const count = (block) => Object.values(block ?? {}).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
      counts[environment][stack] = { resources: count(config.resource), data: count(config.data) };
    }
  }
  return counts;
}

const fmtS = (s) => `${s.toFixed(2)} s`;
const fmtMb = (mb) => `${Math.round(mb)} MB`;
const pad = (text, width) => String(text).padEnd(width);

async function main() {
  log(`bench: ${RUNS} runs per measure (+1 warm-up), ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`peak memory: ${GNU_TIME ? 'GNU time %M (largest process), and for multi-process commands the sampled sum of the tree' : 'sampled from /proc (VmHWM per process, sum of VmRSS over the tree): /usr/bin/time is missing'}`);

  process.stderr.write('build (npm run build, once, not timed)\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: ENV, stdio: 'inherit' });

  const results = {};
  const synthAll = { label: '(a) synth all environments: node dist/bin/synth-all.js', command: NODE, args: ['dist/bin/synth-all.js'] };
  const reference = { label: "(d) reference: require('@cdktf/provider-aws')", command: NODE, args: ['-e', "require('@cdktf/provider-aws')"] };
  if (ONLY.has('a')) {
    // The entry points keep a V8 code cache (modules/platform/compile-cache.ts); emptying it makes the
    // warm-up run the first synth after `npm install`, which is reported on its own.
    fs.rmSync(path.join(ROOT, 'node_modules', '.cache', 'eks-platform-sdk'), { recursive: true, force: true });
    // With (d), interleaved: the budget is their ratio.
    [results.a, results.d] = await interleaved(ONLY.has('d') ? [synthAll, reference] : [synthAll]);
  }
  if (ONLY.has('b')) {
    // The CLI synthesizes one environment per run (PLATFORM_ENV), so one measure runs it for each
    // shipped environment in turn: the same work as (a), plus the CLI and its app build.
    const names = fs.readdirSync(path.join(ROOT, 'environments')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    const cdktf = path.join(ROOT, 'node_modules', '.bin', 'cdktf');
    const script = names
      .map((name) => path.join(scratch, 'cli', name))
      .map((out, i) => `mkdir -p ${out} && PLATFORM_ENV=${names[i]} ${cdktf} synth --output ${out} >/dev/null`)
      .join(' && ');
    results.b = await series({ label: `(b) cdktf synth, ${names.join(' then ')}`, command: '/bin/sh', args: ['-c', script], options: { sample: true } });
  }
  if (ONLY.has('c')) {
    results.c = await series({
      label: '(c) jest suite: node node_modules/jest/bin/jest.js --ci',
      command: NODE,
      args: ['node_modules/jest/bin/jest.js', '--ci', '--silent'],
      options: { sample: true },
    });
  }
  if (ONLY.has('d') && !results.d) {
    results.d = await series(reference);
  }
  let scale;
  if (ONLY.has('scale')) {
    const dir = path.join(scratch, 'environments');
    const generated = writeScaleEnvironments(ROOT, dir);
    const runner = path.join(ROOT, 'bench', 'synth-environment.cjs');
    const args = (name) => [runner, dir, path.join(scratch, 'scale-out'), name];
    const [shipped, big] = await interleaved([
      { label: '(s1) synth the test environment alone', command: NODE, args: args('test') },
      { label: `(s2) synth ${SCALE_NAME}: ${generated.tenants} tenants, ${generated.flagsSwitchedOn} enabled flag(s) switched on`, command: NODE, args: args(SCALE_NAME) },
    ]);
    const synthMs = (series) => median(series.runs.map((run) => JSON.parse(run.stdout).synthMs));
    scale = { shipped, big, generated, ratio: big.medianS / shipped.medianS, synthRatio: synthMs(big) / synthMs(shipped), synthMs: [synthMs(shipped), synthMs(big)] };
    scale.counts = countResources(path.join(scratch, 'scale-out'));
  }

  log('');
  log(`${pad('measure', 72)} ${pad('median', 9)} ${pad('max', 9)} ${pad('CPU', 9)} ${pad('median RSS', 11)} max RSS`);
  const rows = [results.a, results.b, results.c, results.d, scale?.shipped, scale?.big].filter(Boolean);
  for (const row of rows) {
    const cpu = row.cpuS === undefined ? '-' : fmtS(row.cpuS);
    log(`${pad(row.label, 72)} ${pad(fmtS(row.medianS), 9)} ${pad(fmtS(row.maxS), 9)} ${pad(cpu, 9)} ${pad(fmtMb(row.medianMb), 11)} ${fmtMb(row.maxMb)}`);
  }
  log('(median and max: wall time over the runs; CPU: median user + system time, all processes of a run)');
  if (results.a) {
    const first = results.a.first;
    const ratio = results.d ? `, ${(first.seconds / results.d.medianS).toFixed(3)} of (d)` : '';
    log(`(a) first run, with an empty compile cache (as after npm install): ${fmtS(first.seconds)}, ${fmtMb(first.peakMb)}${ratio}`);
  }

  if (results.a) {
    log('');
    log('Terraform resources synthesized (resources + data sources), from cdktf.out/environments/*/stacks/*/cdk.tf.json:');
    const counts = countResources(path.join(ROOT, 'cdktf.out', 'environments'));
    if (scale) counts[`${SCALE_NAME} (generated)`] = scale.counts[SCALE_NAME];
    for (const [environment, stacks] of Object.entries(counts)) {
      const total = Object.values(stacks).reduce((sum, s) => sum + s.resources, 0);
      const detail = Object.entries(stacks).map(([stack, s]) => `${stack} ${s.resources}${s.data ? `+${s.data}` : ''}`).join(', ');
      log(`  ${pad(environment, 20)} ${String(total).padStart(4)} resources  (${detail})`);
    }
  }

  const budgets = [];
  const check = (name, figure, limit, pass) => budgets.push({ name, figure, limit, pass });
  if (results.a) {
    check('(a) median wall time, every stack of test and prod', fmtS(results.a.medianS), '< 1.1 s', results.a.medianS < 1.1);
    check('(a) peak memory (max over runs)', fmtMb(results.a.maxMb), '< 300 MB', results.a.maxMb < 300);
  }
  if (results.a && results.d) {
    const ratio = results.a.medianS / results.d.medianS;
    check('(a)/(d) median wall time ratio', ratio.toFixed(3), '<= 0.3', ratio <= 0.3);
    // (a) and (d) ran interleaved, so run i of each was made back to back.
    const rounds = results.a.runs.map((run, i) => run.seconds / results.d.runs[i].seconds);
    log('');
    log(`(a)/(d) round by round (run back to back): ${rounds.map((r) => r.toFixed(3)).join(' ')}; worst ${Math.max(...rounds).toFixed(3)}`);
  }
  if (results.c) {
    check('(c) median wall time, whole jest suite', fmtS(results.c.medianS), '< 30 s', results.c.medianS < 30);
    check('(c) peak memory (max over runs)', fmtMb(results.c.maxMb), '< 1 GB', results.c.maxMb < 1024);
  }
  if (scale) {
    check(`scale: ${SCALE_NAME} / test, median process wall time`, `${scale.ratio.toFixed(2)}x`, '<= 2x', scale.ratio <= 2);
    log('');
    log(`scale: synthAll alone (after module load) ${Math.round(scale.synthMs[0])} ms for test, ${Math.round(scale.synthMs[1])} ms for ${SCALE_NAME}: ${scale.synthRatio.toFixed(2)}x`);
  }
  log('');
  log(`${pad('budget', 60)} ${pad('figure', 10)} ${pad('limit', 10)} result`);
  for (const budget of budgets) log(`${pad(budget.name, 60)} ${pad(budget.figure, 10)} ${pad(budget.limit, 10)} ${budget.pass ? 'PASS' : 'FAIL'}`);
  log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (argv.includes('--markdown')) {
    // Ready to paste into the README's Performance section.
    log('');
    log('| measure | median | max | CPU | peak RSS (max) |');
    log('| --- | --- | --- | --- | --- |');
    for (const row of rows) log(`| ${row.label} | ${fmtS(row.medianS)} | ${fmtS(row.maxS)} | ${row.cpuS === undefined ? '-' : fmtS(row.cpuS)} | ${fmtMb(row.maxMb)} |`);
    log('');
    log('| budget | figure | limit | result |');
    log('| --- | --- | --- | --- |');
    for (const budget of budgets) log(`| ${budget.name} | ${budget.figure} | ${budget.limit} | ${budget.pass ? 'PASS' : 'FAIL'} |`);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exitCode = budgets.every((budget) => budget.pass) ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(2);
});
