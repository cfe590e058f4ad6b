#!/usr/bin/env node
// `npm run build`: transpiles the app's TypeScript to dist/ with swc, without type-checking, so that
// `npm run synth` and the cdktf CLI's app start in a fraction of a second (tsc takes seconds even
// incrementally). Types are checked by `npm run typecheck` (tsc --noEmit), which CI runs first.
// The files are those tsconfig.build.json includes; outputs whose source is gone are deleted, so a
// removed environments/<name>.ts cannot leave a stale environment behind in dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist');

// The same output as tsc with tsconfig.json: CommonJS, ES2022 with define semantics for class fields.
// jest transpiles the tests with the same options (jest.config.js).
const SWC = {
  ...JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'swc-options.json'), 'utf8')),
  sourceMaps: false,
  swcrc: false,
  configFile: false,
};

/** `main.ts`, `bin/**\/*.ts`, ... from tsconfig.build.json's include: single files and folder roots. */
function includedRoots() {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8'));
  return config.include.map((pattern) => pattern.replace(/\/\*\*\/\*\.ts$/, ''));
}

function sources(entry) {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return full.endsWith('.ts') && !full.endsWith('.d.ts') ? [entry] : [];
  return fs.readdirSync(full).flatMap((child) => sources(path.join(entry, child)));
}

function outputs(entry) {
  const full = path.join(OUT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return full.endsWith('.js') ? [entry] : [];
  return fs.readdirSync(full).flatMap((child) => outputs(path.join(entry, child)));
}

const roots = includedRoots();
const files = roots.flatMap(sources);
const wanted = new Set(files.map((file) => file.replace(/\.ts$/, '.js')));
for (const file of files) {
  const target = path.join(OUT, file.replace(/\.ts$/, '.js'));
  const { code } = transformSync(fs.readFileSync(path.join(ROOT, file), 'utf8'), { ...SWC, filename: file });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, code);
}
for (const stale of roots.map((root) => root.replace(/\.ts$/, '.js')).flatMap(outputs)) {
  if (!wanted.has(stale)) fs.rmSync(path.join(OUT, stale));
}
