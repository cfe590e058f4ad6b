import { Construct } from 'constructs';
import { ENVIRONMENT_CONFIG_MAP } from '../../contracts/environment-config';
import { KubernetesObject, ObjectMeta } from '../kubernetes-object';
import { Manifest, ManifestPlacement } from '../manifest';
import { FLUX_API_VERSIONS, minutes, ObjectReference } from './api-versions';

export type KustomizationSourceKind = 'GitRepository' | 'OCIRepository';

export interface KustomizationObject extends KubernetesObject {
  readonly spec: {
    readonly interval: string;
    readonly retryInterval: string;
    readonly timeout: string;
    readonly sourceRef: { readonly kind: KustomizationSourceKind; readonly name: string; readonly namespace?: string };
    readonly path: string;
    readonly prune: boolean;
    readonly wait: boolean;
    readonly dependsOn?: readonly ObjectReference[];
    readonly serviceAccountName?: string;
    readonly targetNamespace?: string;
    readonly postBuild?: { readonly substituteFrom: readonly { readonly kind: 'ConfigMap' | 'Secret'; readonly name: string; readonly optional?: boolean }[] };
  };
}

export interface KustomizationProps {
  readonly metadata: ObjectMeta;
  readonly sourceRef: { readonly kind: KustomizationSourceKind } & ObjectReference;
  /** Path inside the source, e.g. `./infrastructure/controllers/prod`. */
  readonly path: string;
  /** Kustomizations that must be Ready first. @default [] */
  readonly dependsOn?: readonly ObjectReference[];
  /**
   * Substitute `${KEY}` from the environment ConfigMap after the build. Flux reads `substituteFrom`
   * in the Kustomization's own namespace and the ConfigMap is in flux-system, so Kustomizations
   * that substitute live there (tenants' included).
   * @default true
   */
  readonly substituteFromEnvironment?: boolean;
  /** Apply as this service account (impersonation, multi-tenancy lockdown). @default - the controller's own account */
  readonly serviceAccountName?: string;
  /** Force every object into this namespace. @default - the objects' own namespaces */
  readonly targetNamespace?: string;
  /** @default 10 */
  readonly intervalMinutes?: number;
  /** @default 5 */
  readonly timeoutMinutes?: number;
}

export function kustomization(props: KustomizationProps): KustomizationObject {
  return {
    apiVersion: FLUX_API_VERSIONS.Kustomization,
    kind: 'Kustomization',
    metadata: props.metadata,
    spec: {
      interval: minutes(props.intervalMinutes ?? 10),
      retryInterval: minutes(1),
      timeout: minutes(props.timeoutMinutes ?? 5),
      sourceRef: props.sourceRef,
      path: props.path,
      prune: true,
      wait: true,
      ...(props.dependsOn && props.dependsOn.length > 0 ? { dependsOn: props.dependsOn } : {}),
      ...(props.serviceAccountName ? { serviceAccountName: props.serviceAccountName } : {}),
      ...(props.targetNamespace ? { targetNamespace: props.targetNamespace } : {}),
      ...(props.substituteFromEnvironment === false ? {} : { postBuild: { substituteFrom: [{ kind: 'ConfigMap' as const, name: ENVIRONMENT_CONFIG_MAP.name }] } }),
    },
  };
}

export interface KustomizationManifestProps extends KustomizationProps, ManifestPlacement {}

/**
 * A Flux Kustomization (kustomize.toolkit.fluxcd.io/v1): prune and wait always on, so a layer is
 * healthy before the next starts and removed objects are removed from the cluster.
 */
export class Kustomization extends Manifest<KustomizationObject> {
  constructor(scope: Construct, id: string, props: KustomizationManifestProps) {
    super(scope, id, { layer: props.layer, component: props.component, object: kustomization(props) });
  }
}
