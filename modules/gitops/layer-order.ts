import { KubernetesObject, LAYERS } from './kubernetes-object';
import { Manifest } from './manifest';

/**
 * Terraform's copy of the Flux layering. Flux orders a layer's objects itself (namespaces first) and
 * the layers by `dependsOn` + `wait`; when Terraform applies the objects, the same order is written
 * as `depends_on`: every object after its namespace (when the stack creates it) and after every
 * object of the previous non-empty layer, whose HelmReleases wait until Ready.
 */
export function orderByLayer(manifests: readonly Manifest[]): void {
  const namespaces = new Map(manifests.filter((m) => m.object.kind === 'Namespace').map((m) => [m.object.metadata.name, m]));
  const byLayer = LAYERS.map((layer) => manifests.filter((m) => m.layer === layer));
  byLayer.forEach((current, index) => {
    const previous = byLayer.slice(0, index).reverse().find((layer) => layer.length > 0) ?? [];
    for (const manifest of current) {
      const ownNamespace = namespaceOf(manifest.object, namespaces);
      const dependencies = [...(ownNamespace && ownNamespace !== manifest && !previous.includes(ownNamespace) ? [ownNamespace] : []), ...previous];
      if (dependencies.length > 0) {
        // Plain addresses: depends_on takes references, not interpolations.
        manifest.resource.addOverride('depends_on', dependencies.map((dependency) => `${dependency.resource.terraformResourceType}.${dependency.resource.friendlyUniqueId}`));
      }
    }
  });
}

function namespaceOf(object: KubernetesObject, namespaces: Map<string, Manifest>): Manifest | undefined {
  return object.metadata.namespace ? namespaces.get(object.metadata.namespace) : undefined;
}
