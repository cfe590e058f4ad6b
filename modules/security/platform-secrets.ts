import { Construct } from 'constructs';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';

export interface PlatformSecretsProps {
  readonly prefix: string;
  readonly kmsKeyArn: string;
  /** @default 30 */
  readonly recoveryWindowDays?: number;
}

/**
 * Secrets the platform needs but must never hold the value of. Terraform creates the empty secret;
 * an operator puts the value (`aws secretsmanager put-secret-value`), so it never reaches state.
 */
export class PlatformSecrets extends Construct {
  /** Deploy key (SSH private key) Flux uses to read the GitOps repository. */
  readonly gitopsDeployKeyArn: string;
  readonly gitopsDeployKeyName: string;

  constructor(scope: Construct, id: string, props: PlatformSecretsProps) {
    super(scope, id);
    const deployKey = new SecretsmanagerSecret(this, 'GitopsDeployKey', {
      name: `${props.prefix}/flux/gitops-deploy-key`,
      description: 'SSH private key Flux uses to read the GitOps repository; value set out of band',
      kmsKeyId: props.kmsKeyArn,
      recoveryWindowInDays: props.recoveryWindowDays ?? 30,
    });
    this.gitopsDeployKeyArn = deployKey.arn;
    this.gitopsDeployKeyName = deployKey.name;
  }
}
