import { FLUX_API_VERSIONS } from '../flux/api-versions';

/**
 * kube-state-metrics configuration that turns the Flux objects' status into `gotk_resource_info`
 * (labels `ready`, `suspended`, `name`, `exported_namespace`, plus kube-state-metrics'
 * `customresource_kind`), as the Flux monitoring guide does since Flux 2.1 dropped its own
 * reconcile-condition metric. The platform's Flux alerts read this metric.
 */
const FLUX_KINDS: readonly { readonly kind: keyof typeof FLUX_API_VERSIONS; readonly revision: readonly string[] }[] = [
  { kind: 'GitRepository', revision: ['status', 'artifact', 'revision'] },
  { kind: 'OCIRepository', revision: ['status', 'artifact', 'revision'] },
  { kind: 'HelmRepository', revision: ['status', 'artifact', 'revision'] },
  { kind: 'Kustomization', revision: ['status', 'lastAppliedRevision'] },
  { kind: 'HelmRelease', revision: ['status', 'history', '0', 'chartVersion'] },
];

/** The resource (plural) name of a kind, as RBAC rules name it: GitRepository -> gitrepositories. */
const plural = (kind: string) => `${kind.toLowerCase().replace(/y$/, 'ie')}s`;

export function fluxStateMetricsValues(): Record<string, unknown> {
  const groupVersion = (kind: keyof typeof FLUX_API_VERSIONS) => FLUX_API_VERSIONS[kind].split('/');
  return {
    rbac: {
      extraRules: [
        {
          apiGroups: [...new Set(FLUX_KINDS.map(({ kind }) => groupVersion(kind)[0]))],
          resources: FLUX_KINDS.map(({ kind }) => plural(kind)),
          verbs: ['list', 'watch'],
        },
      ],
    },
    customResourceState: {
      enabled: true,
      config: {
        spec: {
          resources: FLUX_KINDS.map(({ kind, revision }) => ({
            groupVersionKind: { group: groupVersion(kind)[0], version: groupVersion(kind)[1], kind },
            metricNamePrefix: 'gotk',
            metrics: [
              {
                name: 'resource_info',
                help: `The current state of a Flux ${kind}.`,
                each: { type: 'Info', info: { labelsFromPath: { name: ['metadata', 'name'] } } },
                labelsFromPath: {
                  exported_namespace: ['metadata', 'namespace'],
                  ready: ['status', 'conditions', '[type=Ready]', 'status'],
                  suspended: ['spec', 'suspend'],
                  revision: [...revision],
                },
              },
            ],
          })),
        },
      },
    },
  };
}
