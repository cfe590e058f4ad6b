import { Construct } from 'constructs';
import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';

export interface PodNetworkAddonsProps {
  readonly clusterName: string;
  /** EKS add-on versions, e.g. v1.19.5-eksbuild.1. */
  readonly vpcCniVersion: string;
  readonly kubeProxyVersion: string;
}

/** The vpc-cni configuration: NetworkPolicy objects are enforced by the VPC CNI's node agent. */
export const VPC_CNI_CONFIGURATION = { enableNetworkPolicy: 'true' } as const;

/**
 * vpc-cni (with NetworkPolicy enforcement) and kube-proxy as managed add-ons. They exist before any
 * node joins: the cluster is created without self-managed add-ons, and nodes stay NotReady until
 * the CNI runs.
 */
export class PodNetworkAddons extends Construct {
  readonly vpcCni: EksAddon;
  readonly kubeProxy: EksAddon;

  constructor(scope: Construct, id: string, props: PodNetworkAddonsProps) {
    super(scope, id);
    // OVERWRITE: the add-on's configuration is the one source of truth, drift in the cluster is undone.
    const conflicts = { resolveConflictsOnCreate: 'OVERWRITE', resolveConflictsOnUpdate: 'OVERWRITE' } as const;
    this.vpcCni = new EksAddon(this, 'VpcCni', {
      clusterName: props.clusterName,
      addonName: 'vpc-cni',
      addonVersion: props.vpcCniVersion,
      configurationValues: JSON.stringify(VPC_CNI_CONFIGURATION),
      ...conflicts,
    });
    this.kubeProxy = new EksAddon(this, 'KubeProxy', {
      clusterName: props.clusterName,
      addonName: 'kube-proxy',
      addonVersion: props.kubeProxyVersion,
      ...conflicts,
    });
  }
}
