/**
 * Resource types that hold data or identity: destroying or replacing one loses data, breaks every
 * reference to its ARN or name, or takes the platform down. One list serves two purposes: the plan
 * review raises a red warning for any destroy or replace of these types, and environments with
 * `deletionProtection` give the `guarded` ones `lifecycle.prevent_destroy` (see PreventDestroy).
 */
export interface StatefulResourceType {
  /** What is lost, in the reviewer's words. */
  readonly loses: string;
  /** Carries `lifecycle.prevent_destroy` where the environment asks for deletion protection. */
  readonly guarded: boolean;
  /** Said instead of the loss when a replacement is routine (node groups roll). @default - none */
  readonly replacementNote?: string;
}

export const STATEFUL_RESOURCE_TYPES: Readonly<Record<string, StatefulResourceType>> = {
  aws_db_instance: { loses: 'RDS instance: the database and its data (restore from a snapshot)', guarded: true },
  aws_db_subnet_group: { loses: 'DB subnet group: the RDS instance that uses it must move or be replaced', guarded: true },
  aws_opensearch_domain: { loses: 'OpenSearch domain: every index and document', guarded: true },
  aws_kms_key: { loses: 'KMS key: data encrypted with it becomes unreadable once the key is deleted', guarded: true },
  aws_ecr_repository: { loses: 'ECR repository: every image and chart in it', guarded: true },
  aws_route53_zone: { loses: 'Route 53 hosted zone: its records, and new name servers break the delegation', guarded: true },
  aws_eks_cluster: { loses: 'EKS cluster: the control plane, every workload and the cluster identity (OIDC issuer, IRSA trust)', guarded: true },
  aws_secretsmanager_secret: { loses: 'Secrets Manager secret: the value stored in it outside Terraform', guarded: true },
  aws_eks_node_group: {
    loses: 'EKS node group: its nodes',
    guarded: false,
    replacementNote: 'rolling replacement expected: a new group is created and the old nodes are drained, so pods are rescheduled; check PodDisruptionBudgets and capacity',
  },
  flux_bootstrap_git: {
    loses: 'Flux bootstrap: uninstalling Flux can prune what it manages, and a failed re-bootstrap leaves the cluster unmanaged',
    guarded: false,
  },
};

/** The types given `lifecycle.prevent_destroy` under deletion protection. */
export function guardedResourceTypes(): string[] {
  return Object.entries(STATEFUL_RESOURCE_TYPES)
    .filter(([, spec]) => spec.guarded)
    .map(([type]) => type)
    .sort();
}
