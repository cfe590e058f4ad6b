import { Construct } from 'constructs';
import { CONTROLLER_SERVICE_ACCOUNTS } from '../contracts/service-accounts';
import { IrsaRole, OidcProvider } from '../iam/irsa-role';
import { AWS_LOAD_BALANCER_CONTROLLER_STATEMENTS } from './aws-load-balancer-controller-policy';

export interface ControllerRolesProps {
  /** Literal cluster name, the prefix of role names. */
  readonly name: string;
  readonly oidc: OidcProvider;
  /** The environment's hosted zone: the only zone external-dns may change. */
  readonly hostedZoneId: string;
  /** The OpenSearch domain Fluent Bit writes to. */
  readonly searchDomainArn: string;
}

/**
 * IRSA roles of the platform controllers the gitops layer installs. Each role trusts exactly the
 * service account named in modules/contracts/service-accounts.ts.
 */
export class ControllerRoles extends Construct {
  readonly awsLoadBalancerControllerRoleArn: string;
  readonly externalDnsRoleArn: string;
  readonly fluentBitRoleArn: string;

  constructor(scope: Construct, id: string, props: ControllerRolesProps) {
    super(scope, id);
    const accounts = CONTROLLER_SERVICE_ACCOUNTS;
    this.awsLoadBalancerControllerRoleArn = new IrsaRole(this, 'AwsLoadBalancerController', {
      roleName: `${props.name}-aws-load-balancer-controller`,
      oidc: props.oidc,
      serviceAccount: accounts.awsLoadBalancerController,
      statements: AWS_LOAD_BALANCER_CONTROLLER_STATEMENTS,
    }).arn;
    this.externalDnsRoleArn = new IrsaRole(this, 'ExternalDns', {
      roleName: `${props.name}-external-dns`,
      oidc: props.oidc,
      serviceAccount: accounts.externalDns,
      statements: [
        { Sid: 'ChangeOwnZoneOnly', Effect: 'Allow', Action: 'route53:ChangeResourceRecordSets', Resource: `arn:aws:route53:::hostedzone/${props.hostedZoneId}` },
        {
          // As upstream's external-dns policy: it lists zones, records and zone tags, then keeps to its
          // zone (--zone-id-filter); ListHostedZones cannot be scoped to a zone in IAM at all.
          Sid: 'ListZonesAndRecords',
          Effect: 'Allow',
          Action: ['route53:ListHostedZones', 'route53:ListResourceRecordSets', 'route53:ListTagsForResources'],
          Resource: '*',
        },
      ],
    }).arn;
    this.fluentBitRoleArn = new IrsaRole(this, 'FluentBit', {
      roleName: `${props.name}-fluent-bit`,
      oidc: props.oidc,
      serviceAccount: accounts.fluentBit,
      statements: [{ Sid: 'WriteLogsToSearchDomain', Effect: 'Allow', Action: 'es:ESHttp*', Resource: [props.searchDomainArn, `${props.searchDomainArn}/*`] }],
    }).arn;
  }
}
