import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { Module } from 'module';

/**
 * A V8 code cache for the CommonJS modules an entry point loads, kept across processes.
 *
 * Synthesizing loads about 12 MB of JavaScript (cdktf, zod, the provider bindings a stack uses) and
 * then compiles most of its functions on their first call: together about a third of a synth. V8 can
 * save that work as a code cache and start from it the next time. Node 22 does this for module
 * compilation (`module.enableCompileCache()`); this SDK supports Node 20 and also keeps the functions
 * compiled while running, because the cache is written when the process exits, not when a module
 * is compiled (`vm.Script#createCachedData`).
 *
 * An entry is kept per source file and used only if the file's content hash matches: npm writes
 * every package file with the same timestamp, and V8's own check on a cache compares the source's
 * length only, so neither would notice a changed file. V8 still rejects a cache made by another
 * version or with other flags, in which case the file is compiled as usual and the entry rewritten.
 */
export interface CompileCacheOptions {
  /** Folder for the entries; one per V8 version is used beneath it. */
  readonly directory: string;
  /** Only files beneath this folder are cached (default: the directory's project, two levels up). */
  readonly root?: string;
}

export interface CompileCacheStats {
  /** Modules started from a cache entry. */
  readonly hits: number;
  /** Modules compiled from source: no entry, a changed file, or an entry V8 rejected. */
  readonly compiled: number;
  /** Of those, entries V8 rejected (another V8 version or other flags). */
  readonly rejected: number;
}

export interface CompileCache {
  stats(): CompileCacheStats;
  /** Writes an entry for every module compiled from source (done on process exit). */
  save(): number;
  /** Restores Node's own compilation; modules already loaded keep their code. */
  uninstall(): void;
}

const HASH_BYTES = 20;
const loader = Module.prototype as unknown as { _compile(content: string, filename: string): unknown };
const wrap = (Module as unknown as { wrap(content: string): string }).wrap;
// Lets a cached module use import() as a module compiled by Node would (Node >= 20.12).
const dynamicImport = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

const sha1 = (text: string): Buffer => crypto.createHash('sha1').update(text).digest();

export function installCompileCache(options: CompileCacheOptions): CompileCache {
  const folder = path.join(options.directory, `v8-${process.versions.v8}-${process.arch}`);
  const root = path.resolve(options.root ?? path.join(options.directory, '..', '..', '..'));
  const counts = { hits: 0, compiled: 0, rejected: 0 };
  const unsaved = new Map<string, { hash: Buffer; script: vm.Script }>();
  const original = loader._compile;
  const entryFor = (filename: string) => path.join(folder, `${sha1(filename).toString('hex')}.bin`);

  loader._compile = function compileWithCache(this: NodeJS.Module, content: string, filename: string) {
    // A hashbang is only valid at the very start of a script, not inside the module wrapper.
    if (!filename.startsWith(root + path.sep) || content.startsWith('#!')) return original.call(this, content, filename);
    const hash = sha1(content);
    const entry = entryFor(filename);
    let cachedData: Buffer | undefined;
    try {
      const stored = fs.readFileSync(entry);
      if (stored.subarray(0, HASH_BYTES).equals(hash)) cachedData = stored.subarray(HASH_BYTES);
    } catch {
      // no entry yet
    }
    const script = new vm.Script(wrap(content), { filename, cachedData, importModuleDynamically: dynamicImport as never });
    if (cachedData && !script.cachedDataRejected) {
      counts.hits += 1;
    } else {
      counts.compiled += 1;
      if (cachedData) counts.rejected += 1;
      unsaved.set(entry, { hash, script });
    }
    const relative = Module.createRequire(filename);
    const require = Object.assign((id: string) => this.require(id), {
      resolve: relative.resolve,
      main: relative.main,
      extensions: relative.extensions,
      cache: relative.cache,
    });
    const body = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return body.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  return {
    stats: () => ({ ...counts }),
    save() {
      let written = 0;
      try {
        fs.mkdirSync(folder, { recursive: true });
        for (const [entry, { hash, script }] of unsaved) {
          // Written whole and renamed into place, so that a process running alongside never reads half an entry.
          const scratch = `${entry}.${process.pid}.tmp`;
          fs.writeFileSync(scratch, Buffer.concat([hash, script.createCachedData()]));
          fs.renameSync(scratch, entry);
          written += 1;
        }
      } catch {
        // A read-only or full disk only costs the next run its head start.
      }
      unsaved.clear();
      return written;
    },
    uninstall() {
      loader._compile = original;
    },
  };
}
