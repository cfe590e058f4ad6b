import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { policyJson } from '../iam/policy-document';
import { elbLogDeliveryPrincipal } from './elb-log-delivery';

export interface AccessLogBucketProps {
  readonly bucketName: string;
  readonly region: string;
  readonly account: string;
  readonly retentionDays: number;
  /** Keep the logs when the stack is destroyed. */
  readonly retainOnDestroy: boolean;
}

/**
 * Private, versioned, encrypted bucket for load balancer access logs. ALB log delivery supports only
 * SSE-S3, not SSE-KMS, so the bucket uses AES256 and TLS-only access.
 */
export class AccessLogBucket extends Construct {
  readonly bucketName: string;
  readonly bucketArn: string;
  /** The policy must exist before a load balancer can be pointed at the bucket. */
  readonly policy: S3BucketPolicy;

  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id);
    const bucket = new S3Bucket(this, 'Resource', { bucket: props.bucketName, forceDestroy: !props.retainOnDestroy });
    new S3BucketPublicAccessBlock(this, 'PublicAccessBlock', {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'OwnershipControls', { bucket: bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } });
    new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
      bucket: bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
    new S3BucketVersioningA(this, 'Versioning', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } });
    new S3BucketLifecycleConfiguration(this, 'Lifecycle', {
      bucket: bucket.id,
      rule: [
        {
          id: 'expire-access-logs',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          expiration: [{ days: props.retentionDays }],
          noncurrentVersionExpiration: [{ noncurrentDays: 7 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 1 }],
        },
      ],
    });
    this.policy = new S3BucketPolicy(this, 'Policy', {
      bucket: bucket.id,
      policy: policyJson(
        {
          Sid: 'LoadBalancerLogDelivery',
          Effect: 'Allow',
          Principal: elbLogDeliveryPrincipal(props.region),
          Action: 's3:PutObject',
          Resource: `arn:aws:s3:::${props.bucketName}/AWSLogs/${props.account}/*`,
        },
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::${props.bucketName}`, `arn:aws:s3:::${props.bucketName}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ),
    });
    this.bucketName = bucket.bucket;
    this.bucketArn = bucket.arn;
  }
}
