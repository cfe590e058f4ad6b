import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { transformFileSync } from '@swc/core';

// Each load runs in a fresh Node process, as the entry points do: jest's own module system stands
// in for Node's, so the hook could not be seen from inside a test, and a cache only pays across processes.
const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'modules', 'platform', 'compile-cache.ts');
const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-')));
const runner = path.join(work, 'runner.js');

beforeAll(() => {
  // Transpiled as `npm run build` does.
  const options = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'swc-options.json'), 'utf8'));
  const { code } = transformFileSync(SOURCE, { ...options, swcrc: false, configFile: false });
  fs.writeFileSync(path.join(work, 'compile-cache.js'), code);
  // Installs the cache for `root`, loads `file`, saves, and reports what the module exported and what the cache did.
  fs.writeFileSync(
    runner,
    [
      'const path = require("path");',
      'const { installCompileCache } = require("./compile-cache");',
      'const [root, file] = process.argv.slice(2);',
      'const cache = installCompileCache({ directory: path.join(root, "node_modules", ".cache", "test"), root });',
      'const value = require(file);',
      'const written = cache.save();',
      'process.stdout.write(JSON.stringify({ value, stats: cache.stats(), written }));',
    ].join('\n'),
  );
});

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(work, 'project-'));
});

function packs(): string[] {
  const folder = path.join(root, 'node_modules', '.cache', 'test');
  return fs.readdirSync(folder).map((name) => path.join(folder, name));
}

function write(relative: string, content: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

// Without extra CA certificates, which Node would read at every start (about 85 ms each on CI's machines) and these never use.
const { NODE_EXTRA_CA_CERTS: _unused, ...childEnv } = process.env;

function load(file: string, nodeFlags: string[] = []): { value: unknown; stats: { hits: number; compiled: number; rejected: number }; written: number } {
  return JSON.parse(execFileSync(process.execPath, [...nodeFlags, runner, root, file], { encoding: 'utf8', env: childEnv }));
}

describe('a code cache kept across processes', () => {
  test('Given a module compiled and saved, when loaded by the next process, then it starts from the cache and behaves the same', () => {
    const file = write('lib/answer.js', 'module.exports = { answer: [6, 7].reduce((a, b) => a * b) };\n');
    expect(load(file)).toEqual({ value: { answer: 42 }, stats: { hits: 0, compiled: 1, rejected: 0 }, written: 1 });
    expect(load(file)).toEqual({ value: { answer: 42 }, stats: { hits: 1, compiled: 0, rejected: 0 }, written: 0 });
  });

  test('Given a cached module, when it changes to content of the same length and time stamp, then the new code runs', () => {
    // npm gives package files one fixed time stamp, and V8 checks a cache against the source length only.
    const file = write('lib/value.js', 'module.exports = 1;\n');
    const stamp = new Date('1985-10-26T08:15:00Z');
    fs.utimesSync(file, stamp, stamp);
    expect(load(file).value).toBe(1);

    fs.writeFileSync(file, 'module.exports = 2;\n');
    fs.utimesSync(file, stamp, stamp);
    expect(load(file)).toEqual({ value: 2, stats: { hits: 0, compiled: 1, rejected: 0 }, written: 1 });
    expect(load(file)).toEqual({ value: 2, stats: { hits: 1, compiled: 0, rejected: 0 }, written: 0 });
  });

  test('Given Node started with other flags, then it keeps a cache of its own, and an entry V8 rejects is compiled from source and rewritten', () => {
    const file = write('lib/value.js', 'module.exports = "fresh";\n');
    const otherFlags = ['--max-old-space-size=300'];
    load(file);
    const [plain] = packs();
    expect(load(file, otherFlags)).toEqual({ value: 'fresh', stats: { hits: 0, compiled: 1, rejected: 0 }, written: 1 });
    const [other] = packs().filter((pack) => pack !== plain);
    expect(load(file).stats).toEqual({ hits: 1, compiled: 0, rejected: 0 });

    // V8 checks the flags a cache was made with: the plain pack under the other flags' name is refused.
    fs.copyFileSync(plain, other);
    expect(load(file, otherFlags)).toEqual({ value: 'fresh', stats: { hits: 0, compiled: 1, rejected: 1 }, written: 1 });
    expect(load(file, otherFlags).stats).toEqual({ hits: 1, compiled: 0, rejected: 0 });
  });

  test('Given a damaged cache file, then every module is compiled from source and the file rewritten', () => {
    const file = write('lib/value.js', 'module.exports = "fresh";\n');
    load(file);
    const [pack] = packs();
    fs.writeFileSync(pack, 'not a pack');
    expect(load(file)).toEqual({ value: 'fresh', stats: { hits: 0, compiled: 1, rejected: 0 }, written: 1 });
    expect(load(file).stats).toEqual({ hits: 1, compiled: 0, rejected: 0 });
  });

  test('Given entries for modules another entry point loads, when this one rewrites the cache, then they are kept while their files exist', () => {
    const one = write('lib/one.js', 'module.exports = 1;\n');
    const two = write('lib/two.js', 'module.exports = 2;\n');
    const gone = write('lib/gone.js', 'module.exports = 0;\n');
    load(one);
    load(gone);
    fs.rmSync(gone);
    expect(load(two).written).toBe(1);
    const [pack] = packs();
    const content = fs.readFileSync(pack, 'utf8');
    expect(content).toContain(one);
    expect(content).toContain(two);
    expect(content).not.toContain(gone);
    expect(load(one).stats).toEqual({ hits: 1, compiled: 0, rejected: 0 });
  });

  test('A cached module gets the CommonJS scope Node gives it: module, exports, this, require, __filename, __dirname', () => {
    write('lib/helper.js', 'exports.name = "helper";\n');
    const file = write(
      'lib/scope.js',
      [
        'exports.helper = require("./helper").name;',
        'exports.resolved = require.resolve("./helper");',
        'exports.filename = __filename;',
        'exports.dirname = __dirname;',
        'exports.isModule = module.exports === exports && module.filename === __filename;',
        'exports.thisIsExports = this === exports;',
        'exports.sharesRequireCache = require.cache[__filename] === module;',
        'exports.childOfLoader = module.children.some((child) => child.exports === require("./helper"));',
      ].join('\n'),
    );
    const scope = {
      helper: 'helper',
      resolved: path.join(root, 'lib', 'helper.js'),
      filename: file,
      dirname: path.join(root, 'lib'),
      isModule: true,
      thisIsExports: true,
      sharesRequireCache: true,
      childOfLoader: true,
    };
    expect(load(file)).toEqual({ value: scope, stats: { hits: 0, compiled: 2, rejected: 0 }, written: 2 });
    expect(load(file)).toEqual({ value: scope, stats: { hits: 2, compiled: 0, rejected: 0 }, written: 0 });
  });

  test('Files outside the root and files starting with a hashbang are left to Node', () => {
    const elsewhere = path.join(work, `elsewhere-${path.basename(root)}.js`);
    fs.writeFileSync(elsewhere, 'module.exports = "elsewhere";\n');
    const tool = write('bin/tool.js', '#!/usr/bin/env node\nmodule.exports = "tool";\n');
    expect(load(elsewhere)).toEqual({ value: 'elsewhere', stats: { hits: 0, compiled: 0, rejected: 0 }, written: 0 });
    expect(load(tool)).toEqual({ value: 'tool', stats: { hits: 0, compiled: 0, rejected: 0 }, written: 0 });
  });
});
