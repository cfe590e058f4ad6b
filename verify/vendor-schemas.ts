import * as fs from 'fs';
import * as path from 'path';
import { ensureSchemas } from './kubeconform';
import { REPO_ROOT } from './stacks';

/**
 * Derives the committed schemas/kubernetes/ from the full sets verify/schemas.sh generates: only the kinds the
 * gitops layer emits, in kubeconform's file names, made usable offline by ajv (the jest tests) as well:
 *
 *   npm run build && node dist/verify/vendor-schemas.js 1.33     # the environments' Kubernetes minor
 *
 * Run it after changing a version in verify/versions.sh, FLUX_VERSION or the kinds emitted; the jest schema
 * tests fail when a kind is missing or no longer emitted.
 */
type Schema = Record<string, any>;

/** The kinds the gitops layer emits, by `group/version` (core: `version`) and kind. */
const EMITTED_KINDS: readonly (readonly [string, string])[] = [
  ['v1', 'Namespace'],
  ['v1', 'ServiceAccount'],
  ['v1', 'ResourceQuota'],
  ['v1', 'LimitRange'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['networking.k8s.io/v1', 'IngressClass'],
  ['storage.k8s.io/v1', 'StorageClass'],
  ['source.toolkit.fluxcd.io/v1', 'GitRepository'],
  ['source.toolkit.fluxcd.io/v1', 'OCIRepository'],
  ['source.toolkit.fluxcd.io/v1', 'HelmRepository'],
  ['kustomize.toolkit.fluxcd.io/v1', 'Kustomization'],
  ['helm.toolkit.fluxcd.io/v2', 'HelmRelease'],
  ['monitoring.coreos.com/v1', 'PrometheusRule'],
];

/** kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}.json`: kind, first label of the group, version. */
function kubeconformName(apiVersion: string, kind: string): string {
  const [groupOrVersion, version] = apiVersion.split('/');
  return `${kind}${version ? `-${groupOrVersion.split('.')[0]}-${version}` : `-${groupOrVersion}`}.json`.toLowerCase();
}

/**
 * Go's regexp (RE2: the API server's and kubeconform's) knows the inline flag `(?i)`, JavaScript's does not:
 * the same language, written with both cases of each letter.
 */
export function portablePattern(pattern: string): string {
  if (!pattern.includes('(?i)')) return pattern;
  const rest = pattern.replace('(?i)', '');
  let out = '';
  let inClass = false;
  for (let i = 0; i < rest.length; i += 1) {
    const c = rest[i];
    if (c === '\\') {
      out += c + rest[i + 1];
      i += 1;
    } else if (c === '[' || c === ']') {
      inClass = c === '[';
      out += c;
    } else if (inClass && /[a-z]/i.test(c) && rest[i + 1] === '-' && /[a-z]/i.test(rest[i + 2] ?? '')) {
      // A range of letters: the same range in each case (writing [aA-cC] would span A..c, punctuation included).
      const range = `${c}-${rest[i + 2]}`;
      out += range.toLowerCase() + range.toUpperCase();
      i += 2;
    } else if (/[a-z]/i.test(c)) {
      out += inClass ? c.toLowerCase() + c.toUpperCase() : `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return out;
}

/** Patterns made portable; CEL rules (x-kubernetes-validations) dropped: the API server's, not JSON schema's. */
function forAjv(schema: unknown, inProperties = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => forAjv(item));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (inProperties) out[key] = forAjv(value);
    else if (key === 'x-kubernetes-validations') continue;
    else if (key === 'pattern' && typeof value === 'string') out[key] = portablePattern(value);
    else out[key] = forAjv(value, key === 'properties' || key === 'patternProperties');
  }
  return out;
}

/** One emitted kind's schema: strict at the root too, its apiVersion and kind fixed, without the controllers' status. */
export function vendoredSchema(full: Schema, apiVersion: string, kind: string): Schema {
  const { $schema: _draft, ...schema } = forAjv(full) as Schema;
  const { status: _status, ...properties } = schema.properties;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    properties: { ...properties, apiVersion: { type: 'string', enum: [apiVersion] }, kind: { type: 'string', enum: [kind] } },
    additionalProperties: false,
    required: [...new Set([...(schema.required ?? []), 'apiVersion', 'kind', 'metadata'])],
  };
}

if (require.main === module) {
  const [minor] = process.argv.slice(2);
  if (!minor) throw new Error('usage: node dist/verify/vendor-schemas.js <kubernetes minor version, e.g. 1.33>');
  const sets = ensureSchemas([minor]);
  const out = path.join(REPO_ROOT, 'schemas', 'kubernetes');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const [apiVersion, kind] of EMITTED_KINDS) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    // Built-in kinds are in kubeconform's names; CRDs as openapi2jsonschema wrote them ({fullgroup}_{kind}_{version}).
    const candidates = [
      path.join(sets.get(`kubernetes-${minor}`)!, kubeconformName(apiVersion, kind)),
      ...['flux', 'prometheus-operator'].map((set) => path.join(sets.get(set)!, `${group}_${kind}_${version}.json`.toLowerCase())),
    ];
    const source = candidates.find((file) => fs.existsSync(file));
    if (!source) throw new Error(`no generated schema of ${apiVersion} ${kind}: looked for ${candidates.join(', ')}`);
    const target = path.join(out, kubeconformName(apiVersion, kind));
    fs.writeFileSync(target, `${JSON.stringify(vendoredSchema(JSON.parse(fs.readFileSync(source, 'utf8')), apiVersion, kind), null, 1)}\n`);
    process.stdout.write(`${path.relative(REPO_ROOT, source)} -> ${path.relative(REPO_ROOT, target)}\n`);
  }
}
