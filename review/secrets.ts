import { attributeName } from './attribute-diff';
import { AWS_SENSITIVE_ATTRIBUTES } from './data/aws-sensitive-attributes';

/** Shown in place of a value that may be secret. */
export const MASK = '(sensitive)';

/** Sensitive attributes of the non-AWS providers the SDK uses, from their documentation. */
const OTHER_SENSITIVE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  kubernetes_secret: ['binary_data', 'data'],
  kubernetes_secret_v1: ['binary_data', 'data'],
  helm_release: ['set_sensitive'],
  flux_bootstrap_git: ['gpg_passphrase'],
  tfe_variable: ['value'],
};

/** Attribute names that read as secret, whatever the provider says. */
const SECRET_NAME = /(password|passwd|passphrase|secret|token|private_?key|api_?key|access_?key|credential|preshared|kubeconfig|certificate_?body|ssh_?key)/i;
/** Names that contain a secret word but hold a reference to one: ARNs, IDs, names, KMS keys, switches. */
const REFERENCE_NAME = /(_arn|_arns|_id|_ids|_name|_names|_kms_key_id|_enabled|_count|_length|_version)$/i;

/**
 * Whether the value at `path` of a resource of `type` must not be printed: the provider marks it
 * sensitive, or its name reads as a secret (and not as the ARN, ID or name of one).
 * A boolean is never a secret, so `manage_master_user_password = true` stays readable.
 */
export function isSecret(type: string, path: string, value: unknown): boolean {
  if (typeof value === 'boolean') return false;
  const name = attributeName(path);
  const marked = [...(AWS_SENSITIVE_ATTRIBUTES[type] ?? []), ...(OTHER_SENSITIVE_ATTRIBUTES[type] ?? [])];
  if (marked.some((attribute) => name === attribute || name.startsWith(`${attribute}.`))) return true;
  return name.split('.').some((segment) => SECRET_NAME.test(segment) && !REFERENCE_NAME.test(segment));
}

/** The value as the review prints it: masked if secret, a Terraform reference as written. */
export function displayValue(type: string, path: string, value: unknown): string {
  if (value === undefined) return '(absent)';
  if (containsLiteral(value) && isSecret(type, path, value)) return MASK;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A value made only of references (`${var.x}`) reveals nothing; a literal might. */
function containsLiteral(value: unknown): boolean {
  return !(typeof value === 'string' && /^\$\{[^}]*\}$/.test(value));
}
