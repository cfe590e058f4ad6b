import { ENVIRONMENT_CONFIG_MAP, environmentConfigKeys } from '../contracts/environment-config';
import { Environment } from '../environment/load';
import { FluxSyntaxError, forEachString, parseFluxString, variableNames } from './flux-variables';
import { KubernetesObject, objectId } from './kubernetes-object';

/** The annotation with which kustomize-controller skips post-build substitution of one object. */
export const SUBSTITUTE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/substitute';

export interface ContractViolation {
  readonly environment: string;
  /** `Kind/namespace/name` of the object. */
  readonly object: string;
  /** The variable, or the malformed expression. */
  readonly key: string;
  readonly message: string;
}

/**
 * The gitops layer used a variable that the cluster layer does not write into the environment
 * ConfigMap. Flux would substitute an empty string (flux2 #6023), so synth stops instead.
 */
export class SubstitutionContractError extends Error {
  constructor(public readonly violations: readonly ContractViolation[]) {
    super(
      `Flux substitution contract broken (${violations.length} problem${violations.length === 1 ? '' : 's'}): every \${KEY} must be a key of ` +
        `ConfigMap ${ENVIRONMENT_CONFIG_MAP.namespace}/${ENVIRONMENT_CONFIG_MAP.name} (modules/contracts/environment-config.ts):\n` +
        violations.map((v) => `  - environment "${v.environment}", ${v.object}: ${v.message}`).join('\n'),
    );
    this.name = 'SubstitutionContractError';
  }
}

/** Whether Flux substitutes this object's variables when a Kustomization with postBuild applies it. */
export function isSubstituted(object: KubernetesObject): boolean {
  return object.metadata.annotations?.[SUBSTITUTE_ANNOTATION] !== 'disabled';
}

/** Every violation in every object, none skipped, so one synth shows the whole list. */
export function contractViolations(objects: readonly KubernetesObject[], environment: Environment): ContractViolation[] {
  const known = environmentConfigKeys(environment);
  const violations: ContractViolation[] = [];
  for (const object of objects) {
    const report = (key: string, message: string) => violations.push({ environment: environment.name, object: objectId(object), key, message });
    // A HelmRelease may read single keys of the ConfigMap itself (valuesFrom), which the contract covers too.
    for (const key of environmentValuesKeys(object)) {
      if (!(key in known)) report(key, `valuesFrom reads key "${key}", which is not a key of the environment ConfigMap; use one of ${Object.keys(known).join(', ')}`);
    }
    if (!isSubstituted(object)) continue;
    forEachString(object, (text) => {
      try {
        for (const name of variableNames(parseFluxString(text))) {
          if (!(name in known)) {
            report(name, `\${${name}} is not a key of the environment ConfigMap; use one of ${Object.keys(known).join(', ')}, or add the key to the contract and the cluster stack`);
          }
        }
      } catch (error) {
        if (!(error instanceof FluxSyntaxError)) throw error;
        report(text, `${error.message}; escape a literal "\${" as "$\${"`);
      }
    });
  }
  return violations;
}

/** Keys a HelmRelease in flux-system reads from the environment ConfigMap through `valuesFrom`. */
function environmentValuesKeys(object: KubernetesObject): string[] {
  if (object.kind !== 'HelmRelease' || object.metadata.namespace !== ENVIRONMENT_CONFIG_MAP.namespace) return [];
  const valuesFrom: { kind: string; name: string; valuesKey?: string }[] = (object as any).spec?.valuesFrom ?? [];
  return valuesFrom
    .filter((reference) => reference.kind === 'ConfigMap' && reference.name === ENVIRONMENT_CONFIG_MAP.name)
    .map((reference) => reference.valuesKey ?? 'values.yaml');
}

/** Throws SubstitutionContractError listing every violation. */
export function assertSubstitutionContract(objects: readonly KubernetesObject[], environment: Environment): void {
  const violations = contractViolations(objects, environment);
  if (violations.length > 0) throw new SubstitutionContractError(violations);
}
