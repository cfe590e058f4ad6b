import { KubernetesObject, ObjectMeta } from '../kubernetes-object';

/** Pod Security Admission levels (pod-security.kubernetes.io). */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

export interface NamespaceObject extends KubernetesObject {
  readonly kind: 'Namespace';
}

/** A namespace with Pod Security Admission enforcing, auditing and warning at `podSecurity`. */
export function namespace(metadata: ObjectMeta, podSecurity: PodSecurityLevel): NamespaceObject {
  const psa = Object.fromEntries(['enforce', 'audit', 'warn'].flatMap((mode) => [
    [`pod-security.kubernetes.io/${mode}`, podSecurity],
    [`pod-security.kubernetes.io/${mode}-version`, 'latest'],
  ]));
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { ...metadata, labels: { ...metadata.labels, ...psa } } };
}

export interface ServiceAccountObject extends KubernetesObject {
  readonly kind: 'ServiceAccount';
  readonly automountServiceAccountToken?: boolean;
}

/** IRSA: the role the pods of this account assume (the token's audience is sts.amazonaws.com). */
export const ROLE_ARN_ANNOTATION = 'eks.amazonaws.com/role-arn';

export function serviceAccount(metadata: ObjectMeta, roleArn?: string): ServiceAccountObject {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: roleArn ? { ...metadata, annotations: { ...metadata.annotations, [ROLE_ARN_ANNOTATION]: roleArn } } : metadata,
  };
}

export interface ResourceQuotaObject extends KubernetesObject {
  readonly kind: 'ResourceQuota';
  readonly spec: { readonly hard: Readonly<Record<string, string>> };
}

export interface QuotaSize {
  readonly cpu: number;
  readonly memoryGib: number;
  readonly pods: number;
}

/** Caps both requests and limits, so a namespace cannot overcommit its share of the nodes. */
export function resourceQuota(metadata: ObjectMeta, quota: QuotaSize): ResourceQuotaObject {
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata,
    spec: {
      hard: {
        'requests.cpu': `${quota.cpu}`,
        'limits.cpu': `${quota.cpu}`,
        'requests.memory': `${quota.memoryGib}Gi`,
        'limits.memory': `${quota.memoryGib}Gi`,
        pods: `${quota.pods}`,
        'services.loadbalancers': '0',
        'services.nodeports': '0',
      },
    },
  };
}

export interface LimitRangeObject extends KubernetesObject {
  readonly kind: 'LimitRange';
  readonly spec: {
    readonly limits: readonly {
      readonly type: 'Container';
      readonly default: Readonly<Record<string, string>>;
      readonly defaultRequest: Readonly<Record<string, string>>;
      readonly max: Readonly<Record<string, string>>;
    }[];
  };
}

export interface ContainerDefaults {
  readonly cpuMillicores: number;
  readonly memoryMib: number;
}

/**
 * Defaults for containers that state no resources (a quota rejects those otherwise) and a ceiling
 * per container of the whole quota.
 */
export function limitRange(metadata: ObjectMeta, defaults: ContainerDefaults, quota: QuotaSize): LimitRangeObject {
  return {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata,
    spec: {
      limits: [
        {
          type: 'Container',
          default: { cpu: `${defaults.cpuMillicores * 2}m`, memory: `${defaults.memoryMib * 2}Mi` },
          defaultRequest: { cpu: `${defaults.cpuMillicores}m`, memory: `${defaults.memoryMib}Mi` },
          max: { cpu: `${quota.cpu}`, memory: `${quota.memoryGib}Gi` },
        },
      ],
    },
  };
}
