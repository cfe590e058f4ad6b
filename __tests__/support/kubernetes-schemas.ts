import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { KubernetesObject } from '../../modules/gitops/kubernetes-object';

/** The vendored schemas (verify/vendor-schemas.ts), in kubeconform's `{kind}{-group}-{version}.json` layout. */
export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schemas', 'kubernetes');

/** kubeconform's file name for an object's kind. */
export function schemaFileName(object: Pick<KubernetesObject, 'apiVersion' | 'kind'>): string {
  const [groupOrVersion, version] = object.apiVersion.split('/');
  const suffix = version ? `-${groupOrVersion.split('.')[0]}-${version}` : `-${groupOrVersion}`;
  return `${object.kind}${suffix}.json`.toLowerCase();
}

// Formats (int32, date-time...) are the API server's concern; the structure is what is checked.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

/** The validator of an object's kind, or undefined when no schema is vendored for it. */
export function validatorFor(object: Pick<KubernetesObject, 'apiVersion' | 'kind'>): ValidateFunction | undefined {
  const file = schemaFileName(object);
  if (!compiled.has(file)) {
    const full = path.join(SCHEMA_DIR, file);
    if (!fs.existsSync(full)) return undefined;
    compiled.set(file, ajv.compile(JSON.parse(fs.readFileSync(full, 'utf8'))));
  }
  return compiled.get(file);
}

/** Schema errors of an object as readable lines; empty when valid. */
export function schemaErrors(object: KubernetesObject): string[] {
  const validate = validatorFor(object);
  if (!validate) throw new Error(`no vendored schema for ${object.apiVersion} ${object.kind}`);
  if (validate(object)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}
