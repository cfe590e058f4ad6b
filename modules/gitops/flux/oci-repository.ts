import { Construct } from 'constructs';
import { KubernetesObject, ObjectMeta } from '../kubernetes-object';
import { Manifest, ManifestPlacement } from '../manifest';
import { FLUX_API_VERSIONS, minutes } from './api-versions';

/** Media type of a Helm chart's content layer in an OCI artifact. */
export const HELM_CHART_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

export type OciProvider = 'generic' | 'aws' | 'azure' | 'gcp';

export interface OCIRepositoryObject extends KubernetesObject {
  readonly spec: {
    readonly url: string;
    readonly ref: { readonly tag: string };
    readonly provider?: OciProvider;
    readonly layerSelector?: { readonly mediaType: string; readonly operation: 'extract' | 'copy' };
    readonly interval: string;
  };
}

export interface OCIRepositoryProps {
  readonly metadata: ObjectMeta;
  /** oci://host/repository */
  readonly url: string;
  /** An exact tag; for a Helm chart, its exact version. */
  readonly tag: string;
  /** `aws` lets source-controller log in to ECR with its IAM identity. @default 'generic' */
  readonly provider?: OciProvider;
  /** Select the Helm chart layer, so a HelmRelease can use the artifact through chartRef. @default false */
  readonly helmChart?: boolean;
  /** @default 10 */
  readonly intervalMinutes?: number;
}

export function ociRepository(props: OCIRepositoryProps): OCIRepositoryObject {
  return {
    apiVersion: FLUX_API_VERSIONS.OCIRepository,
    kind: 'OCIRepository',
    metadata: props.metadata,
    spec: {
      url: props.url,
      ref: { tag: props.tag },
      ...(props.provider && props.provider !== 'generic' ? { provider: props.provider } : {}),
      ...(props.helmChart ? { layerSelector: { mediaType: HELM_CHART_LAYER_MEDIA_TYPE, operation: 'copy' as const } } : {}),
      interval: minutes(props.intervalMinutes ?? 10),
    },
  };
}

export interface OCIRepositoryManifestProps extends OCIRepositoryProps, ManifestPlacement {}

/** A Flux OCIRepository source (source.toolkit.fluxcd.io/v1, GA since Flux 2.6). */
export class OCIRepository extends Manifest<OCIRepositoryObject> {
  constructor(scope: Construct, id: string, props: OCIRepositoryManifestProps) {
    super(scope, id, { layer: props.layer, component: props.component, object: ociRepository(props) });
  }
}
