/**
 * Kubernetes service accounts that assume IAM roles through IRSA. The cluster stack writes each
 * role's trust policy for exactly this namespace and name; the gitops stack creates the service
 * account (or the chart does) with exactly this namespace and name. One list, so they cannot drift.
 */

export interface ServiceAccountRef {
  readonly namespace: string;
  readonly name: string;
}

export const CONTROLLER_SERVICE_ACCOUNTS = {
  awsLoadBalancerController: { namespace: 'kube-system', name: 'aws-load-balancer-controller' },
  externalDns: { namespace: 'external-dns', name: 'external-dns' },
  ebsCsiDriver: { namespace: 'kube-system', name: 'ebs-csi-controller-sa' },
  fluentBit: { namespace: 'logging', name: 'fluent-bit' },
} as const satisfies Record<string, ServiceAccountRef>;

/** The service account a tenant's workloads run as, in the tenant's namespace. */
export function tenantServiceAccount(tenantName: string): ServiceAccountRef {
  return { namespace: tenantName, name: 'workload' };
}

/** `system:serviceaccount:<namespace>:<name>`, the subject of the IRSA token. */
export function serviceAccountSubject(account: ServiceAccountRef): string {
  return `system:serviceaccount:${account.namespace}:${account.name}`;
}
