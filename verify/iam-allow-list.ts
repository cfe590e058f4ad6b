import { AWS_LOAD_BALANCER_CONTROLLER_STATEMENTS } from '../modules/cluster/aws-load-balancer-controller-policy';

/**
 * The one list of IAM statements allowed to grant `*` or service-wide actions, or write actions on `*`
 * resources. A statement matches an entry when its resource address starts with `address` and either its
 * Sid equals `sid` or (for upstream policies without Sids) its actions are exactly `actions`. Every entry
 * says why the broad grant is required.
 */
export interface IamAllowance {
  readonly address: string;
  readonly sid?: string;
  readonly actions?: readonly string[];
  readonly reason: string;
}

/**
 * The AWS Load Balancer Controller's upstream policy kept verbatim (modules/cluster): it creates and tags
 * load balancers, target groups and security groups whose ARNs do not exist in advance, so upstream grants
 * those writes on "*" and scopes them with `elbv2.k8s.aws/cluster` tag conditions instead.
 */
const UPSTREAM_LOAD_BALANCER_CONTROLLER: IamAllowance[] = AWS_LOAD_BALANCER_CONTROLLER_STATEMENTS.filter((statement) => statement.Resource === '*').map(
  (statement) => ({
    address: 'aws_iam_role_policy.ControllerRoles_AwsLoadBalancerController_Policy',
    actions: ([] as string[]).concat(statement.Action),
    reason: 'upstream AWS Load Balancer Controller policy (iam_policy.json): resources created at run time, scoped by tag conditions',
  }),
);

export const IAM_ALLOW_LIST: readonly IamAllowance[] = [
  ...UPSTREAM_LOAD_BALANCER_CONTROLLER,
  {
    address: 'aws_kms_key.',
    sid: 'AccountAdministersKeyThroughIam',
    reason: 'AWS default key policy: kms:* for the account root on "*" (this key) delegates key access to IAM policies; without it the key becomes unmanageable',
  },
];
