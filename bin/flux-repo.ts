// First: a code cache for the modules loaded after it, and cdktf's zip library deferred (see the file).
import '../modules/platform/fast-start';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENVIRONMENTS_DIR, loadEnvironments } from '../modules/environment/load';
import { writeFluxRepository } from '../modules/gitops/flux-repository-layout';
import { definePlatform } from '../modules/platform/platform';
import { createApp } from '../modules/platform/synthesize';
import { reportAndExit } from './report';

/**
 * Writes the gitops layer of every environment (or those named) as a Flux repository layout:
 *   npm run flux-repo -- --out ../platform-gitops [test prod]
 * The objects are the gitops stack's own, built by the same constructs; every environment is
 * built and checked before anything is written.
 */
export function fluxRepo(names: readonly string[], outDir: string, environmentsDir: string = ENVIRONMENTS_DIR): string[] {
  const environments = loadEnvironments(names.length > 0 ? names : undefined, environmentsDir);
  // The stacks are built, never synthesized: the App only needs a scratch folder to exist.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'flux-repo-'));
  try {
    const built = environments.map((environment) => ({ environment, manifests: definePlatform(createApp({ outdir: scratch }), environment).gitops.manifests }));
    return built.flatMap(({ environment, manifests }) => writeFluxRepository(outDir, environment, manifests));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function parseArguments(argv: readonly string[]): { outDir: string; names: string[] } {
  const index = argv.indexOf('--out');
  if (index < 0 || !argv[index + 1]) {
    process.stderr.write('usage: npm run flux-repo -- --out <directory> [environment ...]\n');
    process.exit(2);
  }
  return { outDir: path.resolve(argv[index + 1]), names: argv.filter((_arg, i) => i !== index && i !== index + 1) };
}

if (require.main === module) {
  const { outDir, names } = parseArguments(process.argv.slice(2));
  try {
    for (const file of fluxRepo(names, outDir)) process.stdout.write(`wrote ${path.join(path.relative(process.cwd(), outDir) || '.', file)}\n`);
  } catch (error) {
    reportAndExit(error);
  }
}
