// First: a code cache for the modules loaded after it, and cdktf's zip library deferred (see the file).
import '../modules/platform/fast-start';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderReview } from '../review/render-markdown';
import { reviewOutputs } from '../review/review';
import { readSynthOutput } from '../review/synth-output';
import { resolveRevision, synthesizeRevision } from '../review/synthesize-revision';
import { synthAll } from './synth-all';

const USAGE = `Usage: npm run review -- --base <git-rev> [--head <git-rev>] [--out <file>]
       npm run review -- --base-dir <synth-out> --head-dir <synth-out> [--out <file>]

Synthesizes every environment at --base and at --head (default: the working tree) and writes a
Markdown review of what each stack's plan would add, change, replace and destroy, to stdout and,
with --out, to a file. Needs no Terraform and no network.`;

export interface ReviewArguments {
  readonly base?: string;
  readonly head?: string;
  readonly baseDir?: string;
  readonly headDir?: string;
  readonly out?: string;
}

export function parseArguments(argv: readonly string[]): ReviewArguments {
  const flags: Record<string, keyof ReviewArguments> = { '--base': 'base', '--head': 'head', '--base-dir': 'baseDir', '--head-dir': 'headDir', '--out': 'out' };
  const parsed: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = flags[argv[i]];
    if (!key || argv[i + 1] === undefined) throw new Error(`unexpected argument "${argv[i]}"\n\n${USAGE}`);
    parsed[key] = argv[i + 1];
  }
  if (!parsed.base && !parsed.baseDir) throw new Error(`--base or --base-dir is required\n\n${USAGE}`);
  return parsed;
}

/** Synthesizes both sides (the committed one in a child process, in parallel) and renders the review. */
export async function review(args: ReviewArguments, repoRoot: string): Promise<string> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-review-'));
  try {
    const side = async (revision: string | undefined, dir: string | undefined, name: string): Promise<[string, string]> => {
      if (dir) return [path.resolve(dir), dir];
      if (revision) {
        const sha = await resolveRevision(repoRoot, revision);
        const out = await synthesizeRevision({ repoRoot, revision, workDir: path.join(scratch, name) });
        return [out, sha.startsWith(revision) ? code(sha.slice(0, 7)) : `${code(revision)} (${sha.slice(0, 7)})`];
      }
      const out = path.join(scratch, name, 'out');
      synthAll(undefined, out);
      return [out, 'working tree'];
    };
    const basePending = side(args.base, args.baseDir, 'base');
    // Its failure is reported when awaited below, not as an unhandled rejection meanwhile.
    basePending.catch(() => undefined);
    // Let the base's child processes start before the working tree's synth takes this thread.
    await new Promise((resolve) => setImmediate(resolve));
    const [headRoot, headLabel] = await side(args.head, args.headDir, 'head');
    const [baseRoot, baseLabel] = await basePending;
    const stacks = reviewOutputs(readSynthOutput(baseRoot), readSynthOutput(headRoot));
    return renderReview(stacks, { baseLabel, headLabel });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function code(text: string): string {
  return `\`${text}\``;
}

if (require.main === module) {
  const started = Date.now();
  const repoRoot = path.resolve(__dirname, '..', '..');
  Promise.resolve()
    .then(() => parseArguments(process.argv.slice(2)))
    .then((args) => review(args, repoRoot).then((markdown) => ({ args, markdown })))
    .then(({ args, markdown }) => {
      process.stdout.write(markdown);
      if (args.out) fs.writeFileSync(args.out, markdown);
      process.stderr.write(`review written${args.out ? ` to ${args.out}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    })
    .catch((error: Error) => {
      process.stderr.write(`plan review failed: ${error.message}\n`);
      process.exit(1);
    });
}
