import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lazyModule } from '../../modules/platform/defer-archiver';

/** A CommonJS module shaped like archiver (a callable with properties) that counts its loads. */
function countingModule(): { file: string; loads: () => number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-module-'));
  const file = path.join(dir, 'archiver-like.js');
  fs.writeFileSync(
    file,
    'globalThis.__archiverLikeLoads = (globalThis.__archiverLikeLoads ?? 0) + 1;\n' +
      'module.exports = Object.assign((format) => `archive of ${format}`, { isRegisteredFormat: (f) => f === "zip" });\n',
  );
  return { file, loads: () => (globalThis as any).__archiverLikeLoads ?? 0 };
}

describe('deferring a module until first use', () => {
  test('Given a stand-in, when nothing uses it, then the module is never loaded', () => {
    const { file, loads } = countingModule();
    lazyModule(file, require);
    expect(loads()).toBe(0);
  });

  test('Given a stand-in, when called and read, then it loads the module once and behaves as the module', () => {
    const { file, loads } = countingModule();
    const before = loads();
    const standIn = lazyModule(file, require) as any;

    expect(standIn('zip')).toBe('archive of zip');
    expect(standIn.isRegisteredFormat('zip')).toBe(true);
    expect(standIn('tar')).toBe('archive of tar');
    expect(loads()).toBe(before + 1);
  });
});
