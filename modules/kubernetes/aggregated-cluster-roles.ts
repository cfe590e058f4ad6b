import { Construct } from 'constructs';
import { ClusterRoleV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-v1';

export type AggregateTarget = 'admin' | 'edit' | 'view';

export interface AggregatedRoleSpec {
  /** Which built-in roles absorb these rules. */
  readonly aggregateTo: readonly AggregateTarget[];
  readonly rules: readonly { readonly apiGroups: string[]; readonly resources: string[]; readonly verbs: string[] }[];
}

/** The Flux kinds tenants see, by API group: named rather than `*`, so a new CRD in a group is not granted silently. */
const FLUX_RESOURCES = [
  { apiGroups: ['source.toolkit.fluxcd.io'], resources: ['gitrepositories', 'ocirepositories', 'helmrepositories', 'helmcharts', 'buckets'] },
  { apiGroups: ['kustomize.toolkit.fluxcd.io'], resources: ['kustomizations'] },
  { apiGroups: ['helm.toolkit.fluxcd.io'], resources: ['helmreleases'] },
  { apiGroups: ['notification.toolkit.fluxcd.io'], resources: ['alerts', 'providers', 'receivers'] },
];
const READ = ['get', 'list', 'watch'];

/**
 * Permissions for the platform's own APIs, rolled up into the built-in view/edit/admin roles by
 * aggregation labels: whoever is bound to `view` in a namespace can also read its Flux objects,
 * with no extra roles or bindings to keep in step.
 */
export const AGGREGATED_ROLES: Readonly<Record<string, AggregatedRoleSpec>> = {
  'platform:gitops-view': { aggregateTo: ['view', 'edit', 'admin'], rules: FLUX_RESOURCES.map((group) => ({ ...group, verbs: READ })) },
  // Suspend, resume and "reconcile now" are annotations and spec.suspend: a patch.
  'platform:gitops-operate': { aggregateTo: ['edit', 'admin'], rules: FLUX_RESOURCES.map((group) => ({ ...group, verbs: ['patch'] })) },
  'platform:metrics-view': { aggregateTo: ['view', 'edit', 'admin'], rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: READ }] },
  'platform:node-updates-view': { aggregateTo: ['view', 'edit', 'admin'], rules: [{ apiGroups: ['brupop.bottlerocket.aws'], resources: ['bottlerocketshadows'], verbs: READ }] },
};

/** ClusterRoles carrying `rbac.authorization.k8s.io/aggregate-to-<role>` labels (see AGGREGATED_ROLES). */
export class AggregatedClusterRoles extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Object.entries(AGGREGATED_ROLES).forEach(([name, spec]) => {
      new ClusterRoleV1(this, name.replace(/^platform:/, '').split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join(''), {
        metadata: {
          name,
          labels: Object.fromEntries(spec.aggregateTo.map((target) => [`rbac.authorization.k8s.io/aggregate-to-${target}`, 'true'])),
        },
        rule: spec.rules.map((rule) => ({ apiGroups: rule.apiGroups, resources: rule.resources, verbs: rule.verbs })),
      });
    });
  }
}
