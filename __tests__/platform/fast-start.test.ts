import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';

const ROOT = path.resolve(__dirname, '..', '..');

describe('entry points', () => {
  // The code cache only serves modules loaded after it is installed, and deferring the archiver only
  // works before anything requires cdktf.
  test.each(['main.ts', 'bin/synth-all.ts', 'bin/flux-repo.ts', 'bin/review.ts'])('%s imports fast-start before anything else', (entry) => {
    const [firstImport] = fs.readFileSync(path.join(ROOT, entry), 'utf8').match(/^import .*$/gm) ?? [];
    expect(firstImport).toMatch(/^import '(\.\.?\/)+modules\/platform\/fast-start';$/);
  });

  test('fast-start, and every file it imports, imports nothing but Node built-ins and each other', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, imported] of fs.readFileSync(file, 'utf8').matchAll(/^import .*'([^']+)';$/gm)) {
        if (imported.startsWith('.')) visit(`${path.resolve(path.dirname(file), imported)}.ts`);
        else external.add(imported);
      }
    };
    visit(path.join(ROOT, 'modules', 'platform', 'fast-start.ts'));
    expect([...seen].map((file) => path.basename(file)).sort()).toEqual(['cdktf-install.ts', 'compile-cache.ts', 'defer-archiver.ts', 'fast-start.ts']);
    expect([...external].filter((name) => !builtinModules.includes(name))).toEqual([]);
  });
});
