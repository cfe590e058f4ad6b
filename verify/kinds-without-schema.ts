/**
 * Kubernetes kinds the platform emits for which no upstream schema can be had here, each with the reason.
 * kubeconform skips exactly these (and says so in its counts); the jest schema test pins the same list,
 * so a new kind without a schema fails instead of being skipped silently.
 */
export const KINDS_WITHOUT_UPSTREAM_SCHEMA: Readonly<Record<string, string>> = {
  TargetGroupBinding: 'CRD of the AWS Load Balancer Controller (sigs.k8s.io/aws-load-balancer-controller), whose module no registry reachable here serves',
  IngressClassParams: 'CRD of the AWS Load Balancer Controller (sigs.k8s.io/aws-load-balancer-controller), whose module no registry reachable here serves',
};
