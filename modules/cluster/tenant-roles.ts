import { Construct } from 'constructs';
import { tenantServiceAccount } from '../contracts/service-accounts';
import { IrsaRole, OidcProvider } from '../iam/irsa-role';
import { pascalCase } from '../platform/construct-id';

export interface TenantRolesProps {
  /** Literal cluster name, the prefix of role names. */
  readonly name: string;
  readonly environmentName: string;
  readonly account: string;
  readonly region: string;
  readonly oidc: OidcProvider;
  readonly tenantNames: readonly string[];
}

/** Name prefix of a tenant's secrets in Secrets Manager: `<env>/tenants/<tenant>/`. */
export function tenantSecretPrefix(environmentName: string, tenantName: string): string {
  return `${environmentName}/tenants/${tenantName}/`;
}

/**
 * One IRSA role per tenant, assumable only by the tenant's workload service account, allowed to
 * read only the tenant's own secrets. Workloads fetch secrets straight from Secrets Manager (SDK or
 * the CSI secrets store), so no secret value passes through etcd.
 */
export class TenantRoles extends Construct {
  /** Role ARN by tenant name. */
  readonly roleArns: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: TenantRolesProps) {
    super(scope, id);
    props.tenantNames.forEach((tenant) => {
      const prefix = tenantSecretPrefix(props.environmentName, tenant);
      this.roleArns[tenant] = new IrsaRole(this, `Tenant${pascalCase(tenant)}`, {
        roleName: `${props.name}-tenant-${tenant}`,
        oidc: props.oidc,
        serviceAccount: tenantServiceAccount(tenant),
        statements: [
          {
            Sid: 'ReadOwnSecretsOnly',
            Effect: 'Allow',
            Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
            // Secrets Manager appends a random 6-character suffix to every secret ARN.
            Resource: `arn:aws:secretsmanager:${props.region}:${props.account}:secret:${prefix}*`,
          },
          {
            // Secrets encrypted with a customer-managed key of this account: decrypt only on behalf of
            // Secrets Manager, and only for the tenant's own secrets (the encryption context names the secret).
            Sid: 'DecryptThroughSecretsManager',
            Effect: 'Allow',
            Action: 'kms:Decrypt',
            Resource: `arn:aws:kms:${props.region}:${props.account}:key/*`,
            Condition: {
              StringEquals: { 'kms:ViaService': `secretsmanager.${props.region}.amazonaws.com` },
              StringLike: { 'kms:EncryptionContext:SecretARN': `arn:aws:secretsmanager:${props.region}:${props.account}:secret:${prefix}*` },
            },
          },
        ],
      }).arn;
    });
  }
}
