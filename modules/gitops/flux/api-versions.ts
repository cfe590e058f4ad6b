/**
 * API versions of the Flux release in modules/contracts/flux.ts (v2.6.4: source-controller v1.6.2,
 * kustomize-controller v1.6.1, helm-controller v1.3.0). OCIRepository is served as v1 since Flux 2.6.
 * The schemas in schemas/ are generated from exactly these controller versions.
 */
export const FLUX_API_RELEASE = 'v2.6.4';

export const FLUX_API_VERSIONS = {
  GitRepository: 'source.toolkit.fluxcd.io/v1',
  OCIRepository: 'source.toolkit.fluxcd.io/v1',
  HelmRepository: 'source.toolkit.fluxcd.io/v1',
  Kustomization: 'kustomize.toolkit.fluxcd.io/v1',
  HelmRelease: 'helm.toolkit.fluxcd.io/v2',
} as const;

/** Flux durations are Go durations; the platform writes whole minutes. */
export function minutes(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new Error(`a Flux interval must be a whole number of minutes >= 1, got ${value}`);
  return `${value}m`;
}

/** A reference to a Flux object; namespace only when it differs from the referrer's. */
export interface ObjectReference {
  readonly name: string;
  readonly namespace?: string;
}

/** The flux-system namespace, where bootstrap installs the controllers. */
export const FLUX_NAMESPACE = 'flux-system';
