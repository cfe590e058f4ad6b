import * as fs from 'fs';
import * as path from 'path';

/**
 * Kubernetes' OpenAPI v2 spec -> one standalone, strict JSON schema per kind, in kubeconform's layout
 * (`<kind>[-<group prefix>]-<version>.json`), re-implementing openapi2jsonschema's conversion: $refs inlined,
 * `additionalProperties: false` on every object with properties, int-or-string as string|integer.
 */
type Schema = Record<string, any>;

export function kubernetesSchemas(swagger: { definitions: Record<string, Schema> }): Map<string, Schema> {
  const files = new Map<string, Schema>();
  for (const [name, definition] of Object.entries(swagger.definitions)) {
    for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
      const group = (gvk.group as string).split('.')[0];
      const file = `${gvk.kind.toLowerCase()}${group ? `-${group}` : ''}-${gvk.version}.json`;
      // The first definition wins, as in openapi2jsonschema (later ones are older aliases of the same kind).
      if (!files.has(file)) files.set(file, { ...convert(definition, swagger.definitions, [name], true), $schema: 'http://json-schema.org/schema#' });
    }
  }
  return files;
}

function convert(schema: Schema, definitions: Record<string, Schema>, seen: readonly string[], root = false): Schema {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    // A recursive type (JSONSchemaProps) cannot be inlined: accept anything below the cycle.
    if (seen.includes(name)) return {};
    return convert({ ...definitions[name], ...withoutRef(schema) }, definitions, [...seen, name]);
  }
  if (schema.format === 'int-or-string') return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, convert(v, definitions, seen)]));
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      out[key] = convert(value, definitions, seen);
    } else if (key === 'allOf' || key === 'oneOf' || key === 'anyOf') {
      out[key] = (value as Schema[]).map((v) => convert(v, definitions, seen));
    } else {
      out[key] = value;
    }
  }
  if (out.properties && !('additionalProperties' in out) && !root) out.additionalProperties = false;
  // Quantities (resource requests, storage sizes) are written as strings or numbers.
  if (seen[seen.length - 1] === 'io.k8s.apimachinery.pkg.api.resource.Quantity') return { oneOf: [{ type: 'string' }, { type: 'number' }] };
  return out;
}

function withoutRef(schema: Schema): Schema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

if (require.main === module) {
  const [swaggerFile, outDir] = process.argv.slice(2);
  const files = kubernetesSchemas(JSON.parse(fs.readFileSync(swaggerFile, 'utf8')));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [file, schema] of files) fs.writeFileSync(path.join(outDir, file), JSON.stringify(schema));
  process.stdout.write(`${files.size} schemas written to ${outDir}\n`);
}
