import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

export interface SynthesizeRevisionProps {
  /** The repository (and its node_modules) the revision is taken from. */
  readonly repoRoot: string;
  /** Any git revision: `origin/main`, `HEAD~3`, a SHA. */
  readonly revision: string;
  /** Scratch folder; the revision's sources are unpacked into `<workDir>/src`. */
  readonly workDir: string;
}

/** Full SHA of a revision, or an error naming it. */
export async function resolveRevision(repoRoot: string, revision: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd: repoRoot });
    return stdout.trim();
  } catch {
    throw new Error(`"${revision}" is not a commit of ${repoRoot}; fetch it first (e.g. git fetch origin main)`);
  }
}

/**
 * Synthesizes every environment of a committed revision without touching the working tree: its files
 * are exported with `git archive`, the current node_modules are linked in (the review assumes the
 * revision builds with today's dependencies), then it is compiled and its own `bin/synth-all` run.
 * Returns the folder holding `<env>/stacks/<stack>/cdk.tf.json`.
 */
export async function synthesizeRevision(props: SynthesizeRevisionProps): Promise<string> {
  const sha = await resolveRevision(props.repoRoot, props.revision);
  const src = path.join(props.workDir, 'src');
  const out = path.join(props.workDir, 'out');
  fs.mkdirSync(src, { recursive: true });
  const archive = path.join(props.workDir, 'source.tar');
  await run('git', ['archive', '--format=tar', `--output=${archive}`, sha], { cwd: props.repoRoot });
  await run('tar', ['-xf', archive, '-C', src]);
  if (!fs.existsSync(path.join(src, 'bin', 'synth-all.ts'))) {
    throw new Error(`revision ${props.revision} (${sha.slice(0, 7)}) has no bin/synth-all.ts, so it cannot be synthesized for review`);
  }
  fs.symlinkSync(path.join(props.repoRoot, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  const tsc = path.join(props.repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', PLATFORM_OUT: out };
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: src, env, maxBuffer: 16 * 1024 * 1024 });
    await run(process.execPath, [path.join('dist', 'bin', 'synth-all.js')], { cwd: src, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    const detail = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim() || failure.message;
    throw new Error(`revision ${props.revision} (${sha.slice(0, 7)}) did not synthesize:\n${detail}`);
  }
  // A revision whose synth-all ignores PLATFORM_OUT writes into its own cdktf.out.
  return fs.existsSync(out) ? out : path.join(src, 'cdktf.out', 'environments');
}
