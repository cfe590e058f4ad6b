// Generates the scale environment: the shipped `test` settings with 25 tenants and every component on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

export const SCALE_NAME = 'scale25';
export const SCALE_TENANTS = 25;

/** Replaces `from` by `to` in every string of a JSON-like value (tenant names recur in groups, repositories, paths). */
function renamed(value, from, to) {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((item) => renamed(item, from, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, from, to)]));
  return value;
}

/** Turns on every boolean `enabled` flag, wherever the settings have one (components, add-ons, ...). */
function enableEverything(value, switched = []) {
  if (Array.isArray(value)) value.forEach((item) => enableEverything(item, switched));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'enabled' && typeof child === 'boolean') {
        if (!child) switched.push(key);
        value[key] = true;
      } else enableEverything(child, switched);
    }
  }
  return switched;
}

function scaled(base) {
  const scale = structuredClone(base);
  const template = base.tenants?.[0];
  if (!template) throw new Error('environments/test.ts has no tenant to copy');
  // The shipped tenants stay (other settings, such as TargetGroupBindings, name them); copies of the
  // first one fill up to SCALE_TENANTS.
  const added = Array.from({ length: Math.max(0, SCALE_TENANTS - base.tenants.length) }, (_, i) => {
    const name = `tenant-${String(i + 1).padStart(2, '0')}`;
    return renamed(structuredClone(template), template.name, name);
  });
  scale.tenants = [...structuredClone(base.tenants), ...added];
  const flags = enableEverything(scale);
  return { scale, flags };
}

/**
 * Writes <dir>/test.js (the shipped test settings) and <dir>/scale25.js, both as plain modules the
 * environment loader reads; returns what was changed. The flags are looked for in the settings with
 * the schema's defaults applied, so a component that test leaves out (off by default) is turned on
 * too; if those settings are not valid input, in the settings as written.
 */
export function writeScaleEnvironments(root, dir) {
  const require = createRequire(import.meta.url);
  const test = require(path.join(root, 'dist', 'environments', 'test.js')).default;
  const { environmentSchema } = require(path.join(root, 'dist', 'modules', 'environment', 'schema.js'));
  const { checkEnvironment } = require(path.join(root, 'dist', 'modules', 'environment', 'load.js'));
  const withDefaults = environmentSchema.safeParse(test);
  const candidates = withDefaults.success ? [withDefaults.data, test] : [test];
  let issues = [];
  for (const base of candidates) {
    const { scale, flags } = scaled(base);
    issues = checkEnvironment(SCALE_NAME, scale).issues;
    if (issues.length > 0) continue;
    fs.mkdirSync(dir, { recursive: true });
    const write = (name, settings) => fs.writeFileSync(path.join(dir, `${name}.js`), `module.exports = { default: ${JSON.stringify(settings, null, 1)} };\n`);
    write('test', test);
    write(SCALE_NAME, scale);
    return { tenants: scale.tenants.length, flagsSwitchedOn: flags.length };
  }
  throw new Error(`the generated ${SCALE_NAME} environment is invalid:\n${issues.map((i) => `  - ${i.field}: ${i.message}`).join('\n')}`);
}
