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

export const IAM_ALLOW_LIST: readonly IamAllowance[] = [
  {
    address: 'aws_kms_key.',
    sid: 'AccountAdministersKeyThroughIam',
    reason: 'AWS default key policy: kms:* for the account root on "*" (this key) delegates key access to IAM policies; without it the key becomes unmanageable',
  },
];
