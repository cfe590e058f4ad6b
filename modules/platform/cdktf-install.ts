import * as path from 'path';

/**
 * Where npm installed cdktf. The speed-ups that reach into cdktf (its token trace recorder, its zip
 * library) and the code cache kept beside it start from here, so that they find cdktf's own copies.
 */
export function cdktfPackageDirectory(): string {
  return path.dirname(require.resolve('cdktf/package.json'));
}

/** Resolves `request` as cdktf's own `require` would. */
export function resolveFromCdktf(request: string): string {
  return require.resolve(request, { paths: [cdktfPackageDirectory()] });
}
