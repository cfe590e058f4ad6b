import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { ServiceAccountRef, serviceAccountSubject } from '../contracts/service-accounts';
import { policyJson, PolicyStatement } from './policy-document';

/** The cluster's IAM OIDC provider, as IRSA trust policies name it. */
export interface OidcProvider {
  readonly arn: string;
  /** Issuer URL without `https://`, the prefix of the token's condition keys. */
  readonly issuerHost: string;
}

export interface IrsaRoleProps {
  readonly roleName: string;
  readonly oidc: OidcProvider;
  /** The only Kubernetes service account allowed to assume the role. */
  readonly serviceAccount: ServiceAccountRef;
  /** Inline policy statements. @default - none */
  readonly statements?: PolicyStatement[];
  /** AWS managed policies to attach. @default - none */
  readonly managedPolicyArns?: string[];
}

/** IAM role for one Kubernetes service account (IRSA): trusted for exactly that namespace and name. */
export class IrsaRole extends Construct {
  readonly arn: string;
  readonly name: string;

  constructor(scope: Construct, id: string, props: IrsaRoleProps) {
    super(scope, id);
    const role = new IamRole(this, 'Resource', {
      name: props.roleName,
      assumeRolePolicy: policyJson({
        Effect: 'Allow',
        Principal: { Federated: props.oidc.arn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${props.oidc.issuerHost}:sub`]: serviceAccountSubject(props.serviceAccount),
            [`${props.oidc.issuerHost}:aud`]: 'sts.amazonaws.com',
          },
        },
      }),
    });
    if (props.statements && props.statements.length > 0) {
      new IamRolePolicy(this, 'Policy', { role: role.name, name: props.roleName, policy: policyJson(...props.statements) });
    }
    (props.managedPolicyArns ?? []).forEach((policyArn, index) => {
      new IamRolePolicyAttachment(this, `Managed${index}`, { role: role.name, policyArn });
    });
    this.arn = role.arn;
    this.name = role.name;
  }
}
