import type { EnvironmentSettings } from '../modules/environment/schema';

/**
 * The one list of Checkov checks that do not apply, each with the reason. A listed check that fails is
 * counted as "skipped"; any other failure fails `npm run verify`. `tiers` limits a skip to environments of
 * those tiers, so that what a non-production environment may leave out still fails in production.
 */
export interface CheckovSkip {
  readonly reason: string;
  /** @default every tier */
  readonly tiers?: readonly EnvironmentSettings['tier'][];
}

export const CHECKOV_SKIPS: Readonly<Record<string, CheckovSkip>> = {
  // The ALB access-log bucket (modules/edge/access-log-bucket.ts)
  CKV_AWS_145: { reason: 'ALB access logs can only be delivered to buckets encrypted with SSE-S3, not SSE-KMS (AWS ELB documentation)' },
  CKV_AWS_18: { reason: 'the bucket is itself the access-log destination; logging its access would need another bucket, and so on' },
  CKV_AWS_144: { reason: 'cross-region replication of ALB access logs is not required: they are operational logs, not records of business' },
  CKV2_AWS_62: { reason: 'nothing consumes object-created events of ALB access logs' },
  // The public ALB and its target groups (modules/edge/public-load-balancer.ts)
  CKV_AWS_260: { reason: 'the internet-facing ALB listens on port 80 only to redirect to HTTPS' },
  CKV_AWS_378: { reason: 'TLS terminates at the ALB; targets are pods in private subnets reached over HTTP inside the VPC' },
  CKV2_AWS_71: { reason: 'the certificate covers *.<zone> by design: every tenant host name under the environment zone is served by the one ALB' },
  // Resources used across layers: Checkov sees one stack at a time
  CKV2_AWS_5: { reason: 'the node security group is attached by the cluster stack (launch template), which Checkov scans separately' },
  // Route 53 public zone (modules/edge/hosted-zone.ts)
  CKV2_AWS_38: { reason: 'DNSSEC signing needs an asymmetric KMS key in us-east-1 and a DS record in the parent zone, which another team owns' },
  CKV2_AWS_39: { reason: 'query logging needs a log group in us-east-1 through a second provider; resolver-level logging is the organisation\'s' },
  // Secrets Manager (modules/security/platform-secrets.ts)
  CKV2_AWS_57: { reason: 'the Flux deploy key is an SSH key registered with the Git host; it is rotated by re-bootstrapping, not by a rotation Lambda' },
  // What environment data lets a non-production environment leave out
  CKV_AWS_39: { reason: 'non-production API endpoints may be public, limited to cluster.publicAccessCidrs; production has no public endpoint', tiers: ['non-production'] },
  CKV_AWS_157: { reason: 'non-production databases run in one zone (settings: database.multiAz)', tiers: ['non-production'] },
  CKV_AWS_293: { reason: 'non-production environments are disposable (settings: deletionProtection)', tiers: ['non-production'] },
  CKV_AWS_150: { reason: 'non-production environments are disposable (settings: deletionProtection)', tiers: ['non-production'] },
  CKV_AWS_318: { reason: 'non-production search domains run without dedicated masters (settings: search.dedicatedMasterInstanceType)', tiers: ['non-production'] },
  CKV2_AWS_59: { reason: 'non-production search domains run without dedicated masters (settings: search.dedicatedMasterInstanceType)', tiers: ['non-production'] },
  CKV_AWS_338: { reason: 'non-production logs are kept for the environment\'s flowLogRetentionDays / logRetentionDays, below a year', tiers: ['non-production'] },
};
