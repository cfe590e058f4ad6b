import { Construct } from 'constructs';
import { KubernetesObject, ObjectMeta } from '../kubernetes-object';
import { Manifest, ManifestPlacement } from '../manifest';
import { FLUX_API_VERSIONS, minutes } from './api-versions';

export interface GitRepositoryObject extends KubernetesObject {
  readonly spec: {
    readonly url: string;
    readonly ref: { readonly branch: string };
    readonly interval: string;
    readonly timeout?: string;
    readonly secretRef?: { readonly name: string };
    readonly ignore?: string;
  };
}

export interface GitRepositoryProps {
  readonly metadata: ObjectMeta;
  /** ssh:// or https:// URL. */
  readonly url: string;
  readonly branch: string;
  /** Secret with the deploy key or token, in the same namespace. @default - none (a public repository) */
  readonly secretName?: string;
  /** @default 5 */
  readonly intervalMinutes?: number;
}

export function gitRepository(props: GitRepositoryProps): GitRepositoryObject {
  return {
    apiVersion: FLUX_API_VERSIONS.GitRepository,
    kind: 'GitRepository',
    metadata: props.metadata,
    spec: {
      url: props.url,
      ref: { branch: props.branch },
      interval: minutes(props.intervalMinutes ?? 5),
      timeout: '60s',
      ...(props.secretName ? { secretRef: { name: props.secretName } } : {}),
    },
  };
}

export interface GitRepositoryManifestProps extends GitRepositoryProps, ManifestPlacement {}

/** A Flux GitRepository source (source.toolkit.fluxcd.io/v1). */
export class GitRepository extends Manifest<GitRepositoryObject> {
  constructor(scope: Construct, id: string, props: GitRepositoryManifestProps) {
    super(scope, id, { layer: props.layer, component: props.component, object: gitRepository(props) });
  }
}
