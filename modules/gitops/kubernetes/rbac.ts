import { KubernetesObject, ObjectMeta } from '../kubernetes-object';

export type RoleBindingSubject =
  | { readonly kind: 'Group'; readonly name: string }
  | { readonly kind: 'ServiceAccount'; readonly name: string; readonly namespace: string };

export interface RoleBindingObject extends KubernetesObject {
  readonly kind: 'RoleBinding';
  readonly roleRef: { readonly apiGroup: 'rbac.authorization.k8s.io'; readonly kind: 'ClusterRole'; readonly name: string };
  readonly subjects: readonly (RoleBindingSubject & { readonly apiGroup?: string })[];
}

/** Grants a cluster role's rules inside one namespace only. */
export function roleBinding(metadata: ObjectMeta, clusterRole: string, subjects: readonly RoleBindingSubject[]): RoleBindingObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
    subjects: subjects.map((subject) => (subject.kind === 'Group' ? { ...subject, apiGroup: 'rbac.authorization.k8s.io' } : subject)),
  };
}
