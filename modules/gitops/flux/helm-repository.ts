import { Construct } from 'constructs';
import { KubernetesObject, ObjectMeta } from '../kubernetes-object';
import { Manifest, ManifestPlacement } from '../manifest';
import { FLUX_API_VERSIONS, minutes } from './api-versions';
import { OciProvider } from './oci-repository';

export interface HelmRepositoryObject extends KubernetesObject {
  readonly spec: {
    readonly url: string;
    readonly type?: 'default' | 'oci';
    readonly provider?: OciProvider;
    readonly interval: string;
  };
}

export interface HelmRepositoryProps {
  readonly metadata: ObjectMeta;
  /** https:// for a classic index, oci:// for a registry. */
  readonly url: string;
  /** `aws` lets source-controller log in to ECR with its IAM identity (OCI only). @default 'generic' */
  readonly provider?: OciProvider;
  /** @default 60 */
  readonly intervalMinutes?: number;
}

export function helmRepository(props: HelmRepositoryProps): HelmRepositoryObject {
  const oci = props.url.startsWith('oci://');
  return {
    apiVersion: FLUX_API_VERSIONS.HelmRepository,
    kind: 'HelmRepository',
    metadata: props.metadata,
    spec: {
      url: props.url,
      ...(oci ? { type: 'oci' as const } : {}),
      ...(oci && props.provider && props.provider !== 'generic' ? { provider: props.provider } : {}),
      interval: minutes(props.intervalMinutes ?? 60),
    },
  };
}

export interface HelmRepositoryManifestProps extends HelmRepositoryProps, ManifestPlacement {}

/**
 * A Flux HelmRepository (source.toolkit.fluxcd.io/v1): an https index, or `type: oci` for a registry
 * such as the environment's ECR. Not waited for itself: the HelmReleases using it are.
 */
export class HelmRepository extends Manifest<HelmRepositoryObject> {
  constructor(scope: Construct, id: string, props: HelmRepositoryManifestProps) {
    super(scope, id, { layer: props.layer, component: props.component, object: helmRepository(props) });
  }
}
