import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('entry points', () => {
  // The code cache only serves modules loaded after it is installed, and deferring the archiver only
  // works before anything requires cdktf.
  test.each(['main.ts', 'bin/synth-all.ts', 'bin/flux-repo.ts', 'bin/review.ts'])('%s imports fast-start before anything else', (entry) => {
    const [firstImport] = fs.readFileSync(path.join(ROOT, entry), 'utf8').match(/^import .*$/gm) ?? [];
    expect(firstImport).toMatch(/^import '(\.\.?\/)+modules\/platform\/fast-start';$/);
  });

  test('fast-start imports nothing that loads cdktf or a provider binding', () => {
    const source = fs.readFileSync(path.join(ROOT, 'modules', 'platform', 'fast-start.ts'), 'utf8');
    const imported = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(imported).toEqual(['path', './compile-cache', './defer-archiver']);
    for (const file of ['compile-cache.ts', 'defer-archiver.ts']) {
      const imports = [...fs.readFileSync(path.join(ROOT, 'modules', 'platform', file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
      expect(imports.filter((name) => !['crypto', 'fs', 'path', 'vm', 'module'].includes(name))).toEqual([]);
    }
  });
});
