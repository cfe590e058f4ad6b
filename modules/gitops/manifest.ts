import { Construct, IConstruct } from 'constructs';
import { Manifest as ManifestResource } from '@cdktf/provider-kubernetes/lib/manifest';
import { EnvironmentConfigValues } from './environment-config-values';
import { KubernetesObject, Layer } from './kubernetes-object';

/** Field manager of every object the stack applies, so `kubectl get --show-managed-fields` names the owner. */
export const FIELD_MANAGER = 'eks-platform-gitops';

/** Where an object goes: its Flux layer, and the component whose file holds it in the repository layout. */
export interface ManifestPlacement {
  readonly layer: Layer;
  /** The component it belongs to; names its file in the Flux repository layout. */
  readonly component: string;
}

export interface ManifestProps<T extends KubernetesObject = KubernetesObject> extends ManifestPlacement {
  /** The object, with `${KEY}` where Flux (or Terraform) substitutes environment values. */
  readonly object: T;
  /**
   * Wait after apply until the object reports condition Ready=True, as a Flux Kustomization with
   * `wait: true` would (Flux sources, HelmReleases, Kustomizations).
   * @default false
   */
  readonly waitUntilReady?: boolean;
  /**
   * How long Terraform waits for the object to become ready.
   * @default 10
   */
  readonly readyTimeoutMinutes?: number;
}

/**
 * One object the gitops layer delivers, modelled once: `object` is what the Flux repository layout
 * writes, and the child `Resource` is the `kubernetes_manifest` Terraform applies from it.
 */
export class Manifest<T extends KubernetesObject = KubernetesObject> extends Construct {
  /** Every Manifest under `scope`, in construction order. */
  static all(scope: IConstruct): Manifest[] {
    return scope.node.findAll().filter((child): child is Manifest => child instanceof Manifest);
  }

  readonly object: T;
  readonly layer: Layer;
  readonly component: string;
  readonly resource: ManifestResource;

  constructor(scope: Construct, id: string, props: ManifestProps<T>) {
    super(scope, id);
    this.object = props.object;
    this.layer = props.layer;
    this.component = props.component;
    const timeout = `${props.readyTimeoutMinutes ?? 10}m`;
    this.resource = new ManifestResource(this, 'Resource', {
      manifest: EnvironmentConfigValues.of(this).resolve(props.object) as unknown as Record<string, unknown>,
      fieldManager: { name: FIELD_MANAGER, forceConflicts: false },
      wait: props.waitUntilReady ? { condition: [{ type: 'Ready', status: 'True' }] } : undefined,
      timeouts: props.waitUntilReady ? { create: timeout, update: timeout } : undefined,
    });
  }
}
