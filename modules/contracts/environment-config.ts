/**
 * The contract between the cluster layer and the gitops layer: the keys of the environment ConfigMap
 * that the cluster stack writes into flux-system and that Flux substitutes (`${KEY}`) at post-build
 * time. The cluster stack must write every key; the gitops stack may use no other. Values are facts
 * about the environment, never secrets (a secret's ARN, never its value).
 */

export const ENVIRONMENT_CONFIG_MAP = { name: 'cluster-config', namespace: 'flux-system' } as const;

/** Keys every environment has, with what each holds. */
export const STATIC_ENVIRONMENT_CONFIG_KEYS = {
  ENVIRONMENT: 'Environment name, e.g. prod',
  AWS_REGION: 'AWS region, e.g. eu-west-2',
  AWS_ACCOUNT_ID: 'AWS account ID',
  CLUSTER_NAME: 'EKS cluster name',
  VPC_ID: 'VPC ID',
  VPC_CIDR: 'VPC IPv4 CIDR',
  PRIVATE_SUBNET_IDS: 'Private subnet IDs, comma-separated, in availability-zone order',
  PRIVATE_SUBNET_CIDRS: 'Private subnet CIDRs, comma-separated, in availability-zone order',
  AVAILABILITY_ZONES: 'Availability zones, comma-separated',
  DATABASE_HOST: 'RDS endpoint host name',
  DATABASE_PORT: 'RDS port',
  DATABASE_SECRET_ARN: 'ARN of the Secrets Manager secret holding the RDS master credentials (the ARN, not the value)',
  OPENSEARCH_ENDPOINT: 'OpenSearch domain endpoint (host name, HTTPS)',
  ECR_REGISTRY: 'ECR registry host, e.g. 123456789012.dkr.ecr.eu-west-2.amazonaws.com',
  HOSTED_ZONE_NAME: 'Route 53 hosted zone name',
  HOSTED_ZONE_ID: 'Route 53 hosted zone ID',
  ALB_SECURITY_GROUP_ID: 'Security group of the public ALB, for TargetGroupBinding networking',
  AWS_LOAD_BALANCER_CONTROLLER_ROLE_ARN: 'IAM role (IRSA) of the AWS Load Balancer Controller',
  EXTERNAL_DNS_ROLE_ARN: 'IAM role (IRSA) of external-dns',
  FLUENT_BIT_ROLE_ARN: 'IAM role (IRSA) of Fluent Bit, allowed to write to the OpenSearch domain',
} as const;

export type StaticEnvironmentConfigKey = keyof typeof STATIC_ENVIRONMENT_CONFIG_KEYS;

/** Upper-snake form of a settings name: `payments-api` -> `PAYMENTS_API`. */
export function configKeySuffix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** ARN of the public ALB target group of that name (environment loadBalancer.targetGroups). */
export function targetGroupArnKey(targetGroupName: string): string {
  return `ALB_TARGET_GROUP_ARN_${configKeySuffix(targetGroupName)}`;
}

/** IAM role (IRSA) of a tenant's workloads, allowed to read only that tenant's secrets. */
export function tenantRoleArnKey(tenantName: string): string {
  return `TENANT_ROLE_ARN_${configKeySuffix(tenantName)}`;
}

/** Every key the environment ConfigMap of this environment carries, with its description. */
export function environmentConfigKeys(environment: {
  readonly loadBalancer: { readonly targetGroups: readonly { readonly name: string }[] };
  readonly tenants: readonly { readonly name: string }[];
}): Record<string, string> {
  return {
    ...STATIC_ENVIRONMENT_CONFIG_KEYS,
    ...Object.fromEntries(environment.loadBalancer.targetGroups.map((group) => [targetGroupArnKey(group.name), `ARN of the ALB target group "${group.name}"`])),
    ...Object.fromEntries(environment.tenants.map((tenant) => [tenantRoleArnKey(tenant.name), `IAM role (IRSA) of tenant "${tenant.name}" workloads`])),
  };
}
