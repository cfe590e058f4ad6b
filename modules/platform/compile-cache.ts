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
 * The cache is one file (a pack) per V8 version and set of Node flags, read once at start and
 * rewritten whole on exit when a module was compiled from source: on the first run, writing 400 small
 * entries took longer than compiling some of them. An entry is used only if its module's content hash
 * matches: npm writes every package file with the same timestamp, and V8's own check on a cache
 * compares the source's length only, so neither would notice a changed file. Should V8 still reject
 * an entry (it checks its version and flags too), the module is compiled as usual and the entry rewritten.
 */
export interface CompileCacheOptions {
  /** Folder for the packs: one per V8 version and set of Node flags. */
  readonly directory: string;
  /** Only files beneath this folder are cached: the project's. */
  readonly root: string;
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
  /** Rewrites the pack if a module was compiled from source (done on process exit); returns how many such modules it wrote. */
  save(): number;
  /** Restores Node's own compilation; modules already loaded keep their code. */
  uninstall(): void;
}

/** A module's content hash and V8's code cache for it. */
interface Entry {
  readonly hash: string;
  readonly data: Buffer;
}

const loader = Module.prototype as unknown as { _compile(content: string, filename: string): unknown };
const wrap = (Module as unknown as { wrap(content: string): string }).wrap;
// Lets a cached module use import() as a module compiled by Node would (Node >= 20.12).
const dynamicImport = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

const sha1 = (text: string): string => crypto.createHash('sha1').update(text).digest('base64');

/** Pack layout: a 4-byte length, a JSON index of [file, content hash, code length], then the codes in index order. */
function readPack(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let pack: Buffer;
  try {
    pack = fs.readFileSync(file);
  } catch {
    return entries; // no pack yet
  }
  try {
    const indexEnd = 4 + pack.readUInt32LE(0);
    let offset = indexEnd;
    for (const [filename, hash, length] of JSON.parse(pack.toString('utf8', 4, indexEnd)) as [string, string, number][]) {
      entries.set(filename, { hash, data: pack.subarray(offset, offset + length) });
      offset += length;
    }
  } catch {
    entries.clear(); // a damaged pack is only a cold start
  }
  return entries;
}

function writePack(file: string, entries: Map<string, Entry>): void {
  const codes = [...entries].map(([filename, { hash, data }]) => [filename, hash, data] as const);
  const index = Buffer.from(JSON.stringify(codes.map(([filename, hash, code]) => [filename, hash, code.length])));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(index.length);
  // Written whole and renamed into place, so that a process starting alongside never reads half a pack.
  const scratch = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(scratch, Buffer.concat([length, index, ...codes.map(([, , code]) => code)]));
  fs.renameSync(scratch, file);
}

export function installCompileCache(options: CompileCacheOptions): CompileCache {
  // V8 rejects a code cache made with other flags, so each set of flags keeps its own pack rather than
  // processes started with and without, say, --max-old-space-size rewriting one pack in turn.
  const flags = sha1([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0')).replace(/[^a-zA-Z0-9]/g, '').slice(0, 8);
  const packFile = path.join(options.directory, `v8-${process.versions.v8}-${process.arch}-${flags}.pack`);
  const root = path.resolve(options.root);
  const counts = { hits: 0, compiled: 0, rejected: 0 };
  const stored = readPack(packFile);
  const fromCache = new Map<string, Entry>();
  // Kept until saved: the code cache is taken then, and so also holds every function compiled since.
  const fromSource = new Map<string, { hash: string; script: vm.Script }>();
  const original = loader._compile;

  loader._compile = function compileWithCache(this: NodeJS.Module, content: string, filename: string) {
    // A hashbang is only valid at the very start of a script, not inside the module wrapper.
    if (!filename.startsWith(root + path.sep) || content.startsWith('#!')) return original.call(this, content, filename);
    const hash = sha1(content);
    const entry = stored.get(filename);
    const cachedData = entry?.hash === hash ? entry.data : undefined;
    const script = new vm.Script(wrap(content), { filename, cachedData, importModuleDynamically: dynamicImport as never });
    if (cachedData && !script.cachedDataRejected) {
      counts.hits += 1;
      fromCache.set(filename, { hash, data: cachedData });
    } else {
      counts.compiled += 1;
      if (cachedData) counts.rejected += 1;
      fromSource.set(filename, { hash, script });
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
      const written = fromSource.size;
      if (written === 0) return 0;
      for (const [filename, { hash, script }] of fromSource) fromCache.set(filename, { hash, data: script.createCachedData() });
      fromSource.clear();
      // Entries this process did not load (another entry point's modules) stay while their file exists.
      const kept = [...stored].filter(([filename]) => !fromCache.has(filename) && fs.existsSync(filename));
      try {
        fs.mkdirSync(options.directory, { recursive: true });
        writePack(packFile, new Map([...kept, ...fromCache]));
      } catch {
        return 0; // a read-only or full disk only costs the next run its head start
      }
      return written;
    },
    uninstall() {
      loader._compile = original;
    },
  };
}
