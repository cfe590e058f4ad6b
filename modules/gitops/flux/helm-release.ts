import { Construct } from 'constructs';
import { KubernetesObject, ObjectMeta } from '../kubernetes-object';
import { Manifest, ManifestPlacement } from '../manifest';
import { FLUX_API_VERSIONS, minutes, ObjectReference } from './api-versions';

/** An exact chart version: promotion between environments is a change of this string. */
export const EXACT_SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export interface ValuesReference {
  readonly kind: 'ConfigMap' | 'Secret';
  readonly name: string;
  readonly valuesKey?: string;
  readonly targetPath?: string;
  readonly optional?: boolean;
}

interface Remediation {
  readonly retries: number;
}

export interface HelmReleaseObject extends KubernetesObject {
  readonly spec: {
    readonly interval: string;
    readonly timeout: string;
    readonly releaseName?: string;
    readonly targetNamespace?: string;
    readonly chart?: {
      readonly spec: {
        readonly chart: string;
        readonly version: string;
        readonly sourceRef: { readonly kind: 'HelmRepository'; readonly name: string; readonly namespace?: string };
        readonly interval: string;
      };
    };
    readonly chartRef?: { readonly kind: 'OCIRepository'; readonly name: string; readonly namespace?: string };
    readonly dependsOn?: readonly ObjectReference[];
    readonly install: { readonly crds: 'Create' | 'CreateReplace' | 'Skip'; readonly remediation: Remediation };
    readonly upgrade: {
      readonly crds: 'Create' | 'CreateReplace' | 'Skip';
      readonly cleanupOnFail: boolean;
      readonly remediation: Remediation & { readonly strategy: 'rollback' | 'uninstall'; readonly remediateLastFailure: boolean };
    };
    readonly driftDetection: { readonly mode: 'enabled' | 'warn' | 'disabled' };
    readonly values?: Readonly<Record<string, unknown>>;
    readonly valuesFrom?: readonly ValuesReference[];
  };
}

/** Where the chart comes from: a HelmRepository plus an exact version, or an OCIRepository whose tag is the version. */
export type ChartSource =
  | { readonly kind: 'HelmRepository'; readonly repository: ObjectReference; readonly chart: string; readonly version: string }
  | { readonly kind: 'OCIRepository'; readonly repository: ObjectReference };

export interface HelmReleaseProps {
  readonly metadata: ObjectMeta;
  readonly chart: ChartSource;
  /**
   * Install the chart into this namespace while the HelmRelease stays beside its source in
   * flux-system (no cross-namespace references needed). The release keeps the HelmRelease's name.
   * @default - the HelmRelease's namespace
   */
  readonly targetNamespace?: string;
  readonly values?: Readonly<Record<string, unknown>>;
  /** Values merged from ConfigMaps or Secrets, after `values`. @default [] */
  readonly valuesFrom?: readonly ValuesReference[];
  /** HelmReleases that must be Ready first. @default [] */
  readonly dependsOn?: readonly ObjectReference[];
  /** Install attempts before giving up; upgrades roll back after as many. @default 3 */
  readonly retries?: number;
  /** @default 30 */
  readonly intervalMinutes?: number;
  /** @default 10 */
  readonly timeoutMinutes?: number;
}

export function helmRelease(props: HelmReleaseProps): HelmReleaseObject {
  const { chart } = props;
  if (chart.kind === 'HelmRepository' && !EXACT_SEMVER.test(chart.version)) {
    throw new Error(`HelmRelease ${props.metadata.name}: chart version "${chart.version}" must be an exact version such as 1.13.4, not a range`);
  }
  const retries = props.retries ?? 3;
  return {
    apiVersion: FLUX_API_VERSIONS.HelmRelease,
    kind: 'HelmRelease',
    metadata: props.metadata,
    spec: {
      interval: minutes(props.intervalMinutes ?? 30),
      timeout: minutes(props.timeoutMinutes ?? 10),
      ...(props.targetNamespace ? { releaseName: props.metadata.name, targetNamespace: props.targetNamespace } : {}),
      ...(chart.kind === 'HelmRepository'
        ? {
            chart: {
              spec: {
                chart: chart.chart,
                version: chart.version,
                sourceRef: { kind: 'HelmRepository' as const, ...chart.repository },
                interval: minutes(60),
              },
            },
          }
        : { chartRef: { kind: 'OCIRepository' as const, ...chart.repository } }),
      ...(props.dependsOn && props.dependsOn.length > 0 ? { dependsOn: props.dependsOn } : {}),
      install: { crds: 'Create', remediation: { retries } },
      upgrade: { crds: 'CreateReplace', cleanupOnFail: true, remediation: { retries, strategy: 'rollback', remediateLastFailure: true } },
      driftDetection: { mode: 'enabled' },
      ...(props.values ? { values: props.values } : {}),
      ...(props.valuesFrom && props.valuesFrom.length > 0 ? { valuesFrom: props.valuesFrom } : {}),
    },
  };
}

export interface HelmReleaseManifestProps extends HelmReleaseProps, ManifestPlacement {}

/**
 * A Flux HelmRelease (helm.toolkit.fluxcd.io/v2): exact chart version, retried installs, rollback on a
 * failed upgrade, drift detection on. Terraform waits for Ready as a Kustomization with wait would.
 */
export class HelmRelease extends Manifest<HelmReleaseObject> {
  constructor(scope: Construct, id: string, props: HelmReleaseManifestProps) {
    super(scope, id, { layer: props.layer, component: props.component, object: helmRelease(props), waitUntilReady: true, readyTimeoutMinutes: (props.timeoutMinutes ?? 10) + 5 });
  }
}
