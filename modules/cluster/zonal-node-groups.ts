import { Construct } from 'constructs';
import { ITerraformDependable, Token } from 'cdktf';
import { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { NodeSettings } from '../environment/schema';
import { architectureOf } from '../environment/rules';
import { serviceTrustPolicy } from '../iam/policy-document';

export type BottlerocketAmiType = 'BOTTLEROCKET_ARM_64' | 'BOTTLEROCKET_x86_64';

/** The Bottlerocket AMI type that runs these instance types (all of one architecture, rules.ts checks). */
export function bottlerocketAmiType(instanceTypes: readonly string[]): BottlerocketAmiType {
  return architectureOf(instanceTypes[0]) === 'arm64' ? 'BOTTLEROCKET_ARM_64' : 'BOTTLEROCKET_x86_64';
}

const NODE_POLICIES = {
  WorkerNode: 'arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy',
  // aws-node (vpc-cni) runs on the host network and uses the node role; pods use IRSA roles instead.
  Cni: 'arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy',
  RegistryPull: 'arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly',
  // Bottlerocket's control container runs the SSM agent: shell access without SSH or open ports.
  SessionManager: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
} as const;

export interface ZonalNodeGroupsProps {
  /** Literal cluster name, for resource names. */
  readonly name: string;
  /** The cluster resource's name attribute, so node groups wait for the cluster. */
  readonly clusterName: string;
  /** The cluster's version attribute: node groups follow the control plane on upgrade. */
  readonly kubernetesVersion: string;
  readonly availabilityZones: readonly string[];
  /** Private subnet IDs, index i in availabilityZones[i]. */
  readonly subnetIds: readonly string[];
  /** The EKS cluster security group and the network layer's node group. */
  readonly securityGroupIds: string[];
  readonly nodes: NodeSettings;
  /** Bottlerocket TOML user data (EKS merges its own settings into it). */
  readonly userData: string;
  /** Labels every node carries besides the environment's. @default - none */
  readonly extraLabels?: Readonly<Record<string, string>>;
  /**
   * IMDSv2 response hop limit. 1 keeps the instance metadata (and the node role's credentials) out
   * of reach of pods on the pod network; host-network pods (aws-node, kube-proxy, the EBS CSI node
   * plugin) still reach it. Controllers get their region and VPC from the environment ConfigMap and
   * their credentials from IRSA, so none needs a hop limit of 2.
   * @default 1
   */
  readonly metadataHopLimit?: number;
  /** Size of Bottlerocket's OS volume (/dev/xvda). @default 4 */
  readonly osVolumeSizeGib?: number;
  /** What must exist before nodes join, e.g. the vpc-cni add-on. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * One managed node group per availability zone, each pinned to that zone's private subnet, so
 * EBS-backed StatefulSets spread with topologySpreadConstraints and upgrades roll one zone at a time.
 * Bottlerocket through a launch template: IMDSv2 required, encrypted gp3 volumes, TOML settings.
 */
export class ZonalNodeGroups extends Construct {
  readonly roleArn: string;
  readonly nodeGroups: EksNodeGroup[];

  constructor(scope: Construct, id: string, props: ZonalNodeGroupsProps) {
    super(scope, id);
    if (props.subnetIds.length !== props.availabilityZones.length) {
      throw new Error(`ZonalNodeGroups: got ${props.subnetIds.length} subnets for ${props.availabilityZones.length} zones; pass one private subnet per zone`);
    }
    const role = new IamRole(this, 'Role', { name: `${props.name}-nodes`, assumeRolePolicy: serviceTrustPolicy('ec2.amazonaws.com') });
    const attachments = Object.entries(NODE_POLICIES).map(
      ([policyId, policyArn]) => new IamRolePolicyAttachment(this, policyId, { role: role.name, policyArn }),
    );
    const volume = (deviceName: string, volumeSize: number) => ({
      deviceName,
      ebs: { volumeSize, volumeType: 'gp3', encrypted: 'true', deleteOnTermination: 'true' },
    });
    const template = new LaunchTemplate(this, 'LaunchTemplate', {
      name: `${props.name}-nodes`,
      description: 'Bottlerocket nodes: IMDSv2 only, encrypted volumes, TOML settings',
      updateDefaultVersion: true,
      vpcSecurityGroupIds: props.securityGroupIds,
      metadataOptions: {
        httpEndpoint: 'enabled',
        httpTokens: 'required',
        httpPutResponseHopLimit: props.metadataHopLimit ?? 1,
        instanceMetadataTags: 'disabled',
      },
      // Bottlerocket: /dev/xvda holds the OS, /dev/xvdb container images and volumes.
      blockDeviceMappings: [volume('/dev/xvda', props.osVolumeSizeGib ?? 4), volume('/dev/xvdb', props.nodes.diskSizeGib)],
      userData: Buffer.from(props.userData, 'utf8').toString('base64'),
      tagSpecifications: ['instance', 'volume', 'network-interface'].map((resourceType) => ({
        resourceType,
        tags: { Name: `${props.name}-node` },
      })),
    });
    const { nodes } = props;
    this.nodeGroups = props.availabilityZones.map(
      (zone, index) =>
        new EksNodeGroup(this, `Zone${index}`, {
          clusterName: props.clusterName,
          nodeGroupName: `${props.name}-${zone}`,
          version: props.kubernetesVersion,
          nodeRoleArn: role.arn,
          subnetIds: [props.subnetIds[index]],
          amiType: bottlerocketAmiType(nodes.instanceTypes),
          capacityType: nodes.capacityType,
          instanceTypes: nodes.instanceTypes,
          scalingConfig: { minSize: nodes.minSizePerAz, desiredSize: nodes.desiredSizePerAz, maxSize: nodes.maxSizePerAz },
          updateConfig: { maxUnavailable: nodes.maxUnavailable },
          // The zone label comes from the kubelet; EKS refuses kubernetes.io/ prefixes in node group labels.
          labels: { ...nodes.labels, ...props.extraLabels },
          taint: nodes.taints.map((taint) => ({ key: taint.key, value: taint.value, effect: taint.effect })),
          launchTemplate: { id: template.id, version: Token.asString(template.latestVersion) },
          dependsOn: [...attachments, ...(props.dependsOn ?? [])],
        }),
    );
    this.roleArn = role.arn;
  }
}
