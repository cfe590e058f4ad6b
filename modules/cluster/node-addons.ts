import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';
import { CONTROLLER_SERVICE_ACCOUNTS } from '../contracts/service-accounts';
import { IrsaRole, OidcProvider } from '../iam/irsa-role';

export interface NodeAddonsProps {
  /** Literal cluster name, for role names. */
  readonly name: string;
  readonly clusterName: string;
  readonly corednsVersion: string;
  readonly ebsCsiDriverVersion: string;
  readonly oidc: OidcProvider;
  /** The node groups: these add-ons run as pods and only become ACTIVE once nodes exist. */
  readonly dependsOn: ITerraformDependable[];
}

/** coredns and the EBS CSI driver (with its own IRSA role) as managed add-ons, once nodes exist. */
export class NodeAddons extends Construct {
  readonly coredns: EksAddon;
  readonly ebsCsiDriver: EksAddon;
  readonly ebsCsiDriverRoleArn: string;

  constructor(scope: Construct, id: string, props: NodeAddonsProps) {
    super(scope, id);
    const conflicts = { resolveConflictsOnCreate: 'OVERWRITE', resolveConflictsOnUpdate: 'OVERWRITE' } as const;
    const ebsRole = new IrsaRole(this, 'EbsCsiDriverRole', {
      roleName: `${props.name}-ebs-csi-driver`,
      oidc: props.oidc,
      serviceAccount: CONTROLLER_SERVICE_ACCOUNTS.ebsCsiDriver,
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy'],
    });
    this.coredns = new EksAddon(this, 'Coredns', {
      clusterName: props.clusterName,
      addonName: 'coredns',
      addonVersion: props.corednsVersion,
      dependsOn: props.dependsOn,
      ...conflicts,
    });
    this.ebsCsiDriver = new EksAddon(this, 'EbsCsiDriver', {
      clusterName: props.clusterName,
      addonName: 'aws-ebs-csi-driver',
      addonVersion: props.ebsCsiDriverVersion,
      serviceAccountRoleArn: ebsRole.arn,
      dependsOn: props.dependsOn,
      ...conflicts,
    });
    this.ebsCsiDriverRoleArn = ebsRole.arn;
  }
}
