/**
 * Helm charts the cluster layer installs itself, pinned. Everything else is installed by Flux from
 * the gitops layer; these two are here because node upgrades must work before Flux does.
 */
export interface PinnedChart {
  readonly repository: string;
  readonly chart: string;
  readonly version: string;
}

export const CHARTS = {
  certManager: { repository: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.18.2' },
  bottlerocketShadow: { repository: 'https://bottlerocket-os.github.io/bottlerocket-update-operator', chart: 'bottlerocket-shadow', version: '1.0.0' },
  bottlerocketUpdateOperator: {
    repository: 'https://bottlerocket-os.github.io/bottlerocket-update-operator',
    chart: 'bottlerocket-update-operator',
    version: '1.4.0',
  },
} as const satisfies Record<string, PinnedChart>;

/** Node label brupop selects the nodes it manages by (its agent's API version). */
export const BRUPOP_NODE_LABEL = { 'bottlerocket.aws/updater-interface-version': '2.0.0' } as const;
