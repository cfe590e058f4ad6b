/**
 * The one model of every object the gitops layer delivers: a plain, typed Kubernetes object. The same
 * value becomes a `kubernetes_manifest` resource (Terraform applies it) and a YAML document in the
 * Flux repository layout (Flux applies it), so the two cannot drift.
 */

export interface ObjectMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta;
}

/** `Kind/namespace/name` (or `Kind/name` for cluster-scoped objects), as error messages name an object. */
export function objectId(object: KubernetesObject): string {
  const { namespace, name } = object.metadata;
  return namespace ? `${object.kind}/${namespace}/${name}` : `${object.kind}/${name}`;
}

/**
 * The Flux layers, in apply order (flux2-kustomize-helm-example): controllers bring CRDs and webhooks,
 * configs use them, tenants run on top. Each waits for the one before.
 */
export const LAYERS = ['infra-controllers', 'infra-configs', 'tenants'] as const;
export type Layer = (typeof LAYERS)[number];

/** Labels every object of the platform carries, so `kubectl get -l` finds what the layer owns. */
export function platformLabels(component: string): Record<string, string> {
  return { 'app.kubernetes.io/managed-by': 'eks-platform-sdk', 'platform.acme/component': component };
}

/** Drops undefined fields so objects compare and serialise the same as their YAML. */
export function compact<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
