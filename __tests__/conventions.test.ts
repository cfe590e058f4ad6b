import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
// An import of a provider binding's package root, its lib folder or lib/index: each loads every resource
// of the provider (terraform-cdk #2006). One resource is `@cdktf/provider-aws/lib/<resource>`.
const PROVIDER_BARREL = /(?:from\s+|require\(\s*)['"]@cdktf\/provider-[a-z0-9-]+(?:\/lib(?:\/index(?:\.js)?)?)?\/?['"]/;
const SOURCE_DIRS = ['main.ts', 'bin', 'environments', 'modules', 'stacks', '__tests__', 'scripts'];

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return full.endsWith('.ts') ? [full] : [];
  return fs.readdirSync(full).flatMap((child) => (child === 'node_modules' || child === '__snapshots__' ? [] : sourceFiles(path.join(entry, child))));
}

describe('code conventions', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);

  test('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  // The package root of a provider binding loads every resource of the provider (terraform-cdk #2006).
  test('imports provider bindings by deep path, never through the package root', () => {
    const offenders = files.filter((file) => PROVIDER_BARREL.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  test.each([
    ['the package root', '', true],
    ['its lib folder', '/lib', true],
    ['its lib index', '/lib/index', true],
    ['its lib index file', '/lib/index.js', true],
    ['one resource', '/lib/vpc', false],
    ['one resource index', '/lib/vpc/index', false],
  ])('the barrel check, given an import of %s, flags it: %s', (_what, suffix, flagged) => {
    const packageName = ['@cdktf', 'provider-aws'].join('/') + suffix; // split so this file does not trip the check above
    expect(PROVIDER_BARREL.test(`import { Vpc } from '${packageName}';`)).toBe(flagged);
    expect(PROVIDER_BARREL.test(`const aws = require('${packageName}');`)).toBe(flagged);
  });

  // cdktf's own validation runs `terraform version` for every stack with a cloud block, most of a synth's time.
  test('apps are made by createApp and written by synthesizeApp, never by new App() or app.synth() directly', () => {
    const direct = /new App\(|\.synth\(\)/;
    const offenders = files
      .filter((file) => !file.includes(`${path.sep}__tests__${path.sep}`) && !file.endsWith(path.join('modules', 'platform', 'synthesize.ts')))
      .filter((file) => direct.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  test('environment files hold data only: no imports but the settings type', () => {
    const environmentFiles = sourceFiles('environments');
    expect(environmentFiles.length).toBeGreaterThanOrEqual(2);
    environmentFiles.forEach((file) => {
      const imports = fs.readFileSync(file, 'utf8').match(/^import .*$/gm) ?? [];
      expect(imports).toEqual(["import type { EnvironmentInput } from '../modules/environment/schema';"]);
    });
  });
});
