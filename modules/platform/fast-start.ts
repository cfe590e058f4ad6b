import * as path from 'path';
import { cdktfPackageDirectory } from './cdktf-install';
import { installCompileCache } from './compile-cache';
import { deferArchiver } from './defer-archiver';

/**
 * The first import of every entry point (a test checks): both must act before cdktf and the
 * provider bindings are loaded.
 *
 * - A V8 code cache for every module loaded after this one (see compile-cache.ts), in
 *   node_modules/.cache/eks-platform-sdk beside the cdktf it speeds up. PLATFORM_COMPILE_CACHE=off
 *   turns it off; =report prints how many modules it served to stderr. It is off when Node maps
 *   stack traces through source maps, which only Node's own compilation does.
 * - cdktf's zip library, loaded only if an asset is ever zipped (see defer-archiver.ts).
 */
function startCompileCache(): void {
  const setting = process.env.PLATFORM_COMPILE_CACHE ?? 'on';
  if (setting === 'off' || (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled) return;
  let nodeModules: string;
  try {
    nodeModules = path.dirname(cdktfPackageDirectory());
  } catch {
    return;
  }
  const cache = installCompileCache({ directory: path.join(nodeModules, '.cache', 'eks-platform-sdk'), root: path.dirname(nodeModules) });
  process.once('exit', () => {
    const written = cache.save();
    if (setting === 'report') {
      const { hits, compiled, rejected } = cache.stats();
      process.stderr.write(`compile cache: ${hits} modules from cache, ${compiled} compiled (${rejected} rejected by V8), ${written} entries written\n`);
    }
  });
}

startCompileCache();
deferArchiver();
