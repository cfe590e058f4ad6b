import { Module } from 'module';
import { resolveFromCdktf } from './cdktf-install';

/**
 * A stand-in for the CommonJS module at `modulePath` (a function with properties, like `archiver`)
 * that loads the real one on its first call or property read, and from then on is only a pass-through.
 */
export function lazyModule(modulePath: string, load: (modulePath: string) => unknown): unknown {
  let real: any;
  const target = () => (real ??= load(modulePath));
  return new Proxy(function standIn() {}, {
    apply: (_standIn, thisArg, args) => Reflect.apply(target(), thisArg, args),
    construct: (_standIn, args) => Reflect.construct(target(), args),
    get: (_standIn, property) => Reflect.get(target(), property),
    has: (_standIn, property) => Reflect.has(target(), property),
  });
}

/**
 * cdktf requires `archiver` when it loads (zip archives for TerraformAsset): about 75 ms of CPU, a
 * tenth of synthesizing every environment, though this SDK has no asset. This puts a {@link lazyModule}
 * in its place in the require cache, so that it loads only if an asset is ever zipped. It must run
 * before cdktf is first required: entry points run it through `fast-start`, their first import (a test checks).
 */
export function deferArchiver(): void {
  let archiverPath: string;
  try {
    archiverPath = resolveFromCdktf('archiver');
  } catch {
    return; // another cdktf layout: nothing to defer
  }
  if (require.cache[archiverPath]) return;
  const standIn = new Module(archiverPath);
  standIn.filename = archiverPath;
  standIn.loaded = true;
  standIn.exports = lazyModule(archiverPath, (modulePath) => {
    delete require.cache[modulePath];
    return require(modulePath);
  });
  require.cache[archiverPath] = standIn;
}
