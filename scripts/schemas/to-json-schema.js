#!/usr/bin/env node
/**
 * Converts upstream API definitions into standalone, strict JSON schemas, one per kind and version,
 * named as kubeconform looks them up: `{kind}{-group prefix}-{version}.json`, lower-case, e.g.
 * `namespace-v1.json`, `kustomization-kustomize-v1.json` (kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}`).
 * The conversion follows kubeconform's openapi2jsonschema: references inlined, int-or-string and
 * quantities as string-or-number, and `additionalProperties: false` on every object with known
 * properties unless the API preserves unknown fields (strict mode: a misspelt field fails).
 *
 *   node scripts/schemas/to-json-schema.js --swagger swagger.json --crds <dir> --out schemas/kubernetes
 */
const fs = require('fs');
const path = require('path');
const { parseAllDocuments } = require('yaml');

/** The built-in kinds the gitops layer emits: `group/version` (core: `version`) and kind. */
const BUILT_IN_KINDS = [
  ['v1', 'Namespace'],
  ['v1', 'ServiceAccount'],
  ['v1', 'ResourceQuota'],
  ['v1', 'LimitRange'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['networking.k8s.io/v1', 'IngressClass'],
  ['storage.k8s.io/v1', 'StorageClass'],
];
/** The custom kinds the gitops layer emits, by `group/version` and kind. */
const CUSTOM_KINDS = [
  ['source.toolkit.fluxcd.io/v1', 'GitRepository'],
  ['source.toolkit.fluxcd.io/v1', 'OCIRepository'],
  ['source.toolkit.fluxcd.io/v1', 'HelmRepository'],
  ['kustomize.toolkit.fluxcd.io/v1', 'Kustomization'],
  ['helm.toolkit.fluxcd.io/v2', 'HelmRelease'],
  ['monitoring.coreos.com/v1', 'PrometheusRule'],
];

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));

/** kubeconform's file name for a kind: kind, first label of the group, version. */
function fileName(apiVersion, kind) {
  const [groupOrVersion, version] = apiVersion.split('/');
  const suffix = version ? `-${groupOrVersion.split('.')[0]}-${version}` : `-${groupOrVersion}`;
  return `${kind}${suffix}.json`.toLowerCase();
}

const STRING_OR_INTEGER = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
const STRING_OR_NUMBER = { oneOf: [{ type: 'string' }, { type: 'number' }] };

/**
 * Go's regexp (RE2, which the API server and kubeconform use) knows the inline flag `(?i)`;
 * JavaScript's does not. The same language, written with both cases of each letter.
 */
function portablePattern(pattern) {
  if (!pattern.includes('(?i)')) return pattern;
  let out = '';
  let inClass = false;
  const rest = pattern.replace('(?i)', '');
  for (let i = 0; i < rest.length; i += 1) {
    const c = rest[i];
    if (c === '\\') {
      out += c + rest[i + 1];
      i += 1;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (/[a-z]/i.test(c)) {
      out += inClass ? c.toLowerCase() + c.toUpperCase() : `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return out;
}

function strict(schema, definitions, seen = []) {
  if (Array.isArray(schema)) return schema.map((item) => strict(item, definitions, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '');
    if (name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') return { ...STRING_OR_INTEGER, description: definitions[name].description };
    if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') return { ...STRING_OR_NUMBER, description: definitions[name].description };
    // A recursive type (none among the emitted kinds today) is left open rather than unrolled forever.
    if (seen.includes(name)) return {};
    return strict(definitions[name], definitions, [...seen, name]);
  }
  if (schema['x-kubernetes-int-or-string']) {
    const { type: _type, 'x-kubernetes-int-or-string': _flag, anyOf: _anyOf, ...rest } = schema;
    return { ...strict(rest, definitions, seen), ...STRING_OR_INTEGER };
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'x-kubernetes-validations') continue; // CEL rules: the API server's, not JSON schema's
    if (key === 'pattern' && typeof value === 'string') {
      out[key] = portablePattern(value);
      continue;
    }
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([name, prop]) => [name, strict(prop, definitions, seen)])) : strict(value, definitions, seen);
  }
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  return out;
}

function pinKind(schema, apiVersion, kind) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    properties: { ...schema.properties, apiVersion: { type: 'string', enum: [apiVersion] }, kind: { type: 'string', enum: [kind] } },
    required: [...new Set([...(schema.required ?? []), 'apiVersion', 'kind', 'metadata'])],
  };
}

function builtIn(swagger) {
  const definitions = swagger.definitions;
  return BUILT_IN_KINDS.map(([apiVersion, kind]) => {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const name = Object.keys(definitions).find((key) =>
      (definitions[key]['x-kubernetes-group-version-kind'] ?? []).some((gvk) => gvk.group === group && gvk.version === version && gvk.kind === kind),
    );
    if (!name) throw new Error(`no definition of ${apiVersion} ${kind} in the OpenAPI document`);
    return [fileName(apiVersion, kind), pinKind(strict(definitions[name], definitions), apiVersion, kind)];
  });
}

function custom(crdDir) {
  const versions = new Map();
  for (const file of fs.readdirSync(crdDir).filter((f) => f.endsWith('.yaml'))) {
    for (const document of parseAllDocuments(fs.readFileSync(path.join(crdDir, file), 'utf8'))) {
      const crd = document.toJS();
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const version of crd.spec.versions) versions.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, version);
    }
  }
  return CUSTOM_KINDS.map(([apiVersion, kind]) => {
    const version = versions.get(`${apiVersion} ${kind}`);
    if (!version || !version.served) throw new Error(`no served CRD version ${apiVersion} ${kind} in ${crdDir}`);
    const { status: _status, ...properties } = version.schema.openAPIV3Schema.properties;
    return [fileName(apiVersion, kind), pinKind(strict({ ...version.schema.openAPIV3Schema, properties }, {}), apiVersion, kind)];
  });
}

const swagger = JSON.parse(fs.readFileSync(args.swagger, 'utf8'));
fs.rmSync(args.out, { recursive: true, force: true });
fs.mkdirSync(args.out, { recursive: true });
for (const [file, schema] of [...builtIn(swagger), ...custom(args.crds)]) {
  fs.writeFileSync(path.join(args.out, file), `${JSON.stringify(schema, null, 1)}\n`);
  process.stdout.write(`wrote ${path.join(args.out, file)}\n`);
}
