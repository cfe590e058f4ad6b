import { Construct } from 'constructs';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey as KmsKeyResource } from '@cdktf/provider-aws/lib/kms-key';
import { policyJson, PolicyStatement } from '../iam/policy-document';

export interface KmsKeyProps {
  /** Alias without the `alias/` prefix, e.g. `prod/storage`. */
  readonly alias: string;
  readonly description: string;
  readonly account: string;
  /** Extra key-policy statements, e.g. letting CloudWatch Logs use the key. @default - account root only */
  readonly statements?: PolicyStatement[];
  /** @default 30 */
  readonly deletionWindowDays?: number;
}

/** Key-policy statement letting CloudWatch Logs encrypt this account's log groups in `region` with the key. */
export function cloudWatchLogsKeyStatement(region: string, account: string): PolicyStatement {
  return {
    Sid: 'CloudWatchLogsEncryptsLogGroups',
    Effect: 'Allow',
    Principal: { Service: `logs.${region}.amazonaws.com` },
    Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    Resource: '*',
    Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${account}:log-group:*` } },
  };
}

/** A customer-managed KMS key with yearly rotation and an alias; the account root administers it through IAM. */
export class KmsKey extends Construct {
  readonly arn: string;
  readonly keyId: string;

  constructor(scope: Construct, id: string, props: KmsKeyProps) {
    super(scope, id);
    const key = new KmsKeyResource(this, 'Resource', {
      description: props.description,
      enableKeyRotation: true,
      deletionWindowInDays: props.deletionWindowDays ?? 30,
      policy: policyJson(
        {
          Sid: 'AccountAdministersKeyThroughIam',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${props.account}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        ...(props.statements ?? []),
      ),
    });
    new KmsAlias(this, 'Alias', { name: `alias/${props.alias}`, targetKeyId: key.keyId });
    this.arn = key.arn;
    this.keyId = key.keyId;
  }
}
