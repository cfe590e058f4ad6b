import { Construct } from 'constructs';
import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { EksAccessPolicyAssociation } from '@cdktf/provider-aws/lib/eks-access-policy-association';
import { EnvironmentSettings } from '../environment/schema';

export type AccessPolicy = NonNullable<EnvironmentSettings['cluster']['access'][number]['accessPolicy']>;
export type AccessMapping = EnvironmentSettings['cluster']['access'][number];

/** EKS access policies by the short name environments use. */
export const ACCESS_POLICY_ARNS: Record<AccessPolicy, string> = {
  'cluster-admin': 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
  admin: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy',
  edit: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy',
  view: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy',
};

export interface ClusterAccessProps {
  readonly clusterName: string;
  /** Identity-provider roles (e.g. IAM Identity Center permission sets) and their Kubernetes groups. */
  readonly mappings: readonly AccessMapping[];
}

/**
 * People's access: one access entry per identity-provider role, mapped to Kubernetes groups (RBAC
 * bindings on those groups grant the rest), plus a cluster-wide access policy where the settings ask.
 */
export class ClusterAccess extends Construct {
  constructor(scope: Construct, id: string, props: ClusterAccessProps) {
    super(scope, id);
    props.mappings.forEach((mapping, index) => {
      const entry = new EksAccessEntry(this, `Entry${index}`, {
        clusterName: props.clusterName,
        principalArn: mapping.roleArn,
        kubernetesGroups: [...mapping.kubernetesGroups],
        type: 'STANDARD',
      });
      if (mapping.accessPolicy) {
        new EksAccessPolicyAssociation(this, `Policy${index}`, {
          clusterName: props.clusterName,
          principalArn: entry.principalArn,
          policyArn: ACCESS_POLICY_ARNS[mapping.accessPolicy],
          accessScope: { type: 'cluster' },
        });
      }
    });
  }
}
