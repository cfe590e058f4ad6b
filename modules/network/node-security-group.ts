import { Construct } from 'constructs';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';

export interface NodeSecurityGroupProps {
  readonly name: string;
  readonly vpcId: string;
  readonly clusterName: string;
}

/**
 * The security group the cluster stack attaches to every node. It is created here, in the network
 * layer, so that the database, the search domain and the load balancer can admit the cluster by
 * group rather than by CIDR, without the network stack depending on the cluster stack.
 */
export class NodeSecurityGroup extends Construct {
  readonly securityGroupId: string;

  constructor(scope: Construct, id: string, props: NodeSecurityGroupProps) {
    super(scope, id);
    const group = new SecurityGroup(this, 'Resource', {
      name: `${props.name}-nodes`,
      description: `Nodes of EKS cluster ${props.clusterName}; grants access to the data services`,
      vpcId: props.vpcId,
      // No kubernetes.io/cluster tag: the Load Balancer Controller needs exactly one tagged group per ENI,
      // and that is the EKS cluster security group.
      tags: { Name: `${props.name}-nodes` },
    });
    new VpcSecurityGroupEgressRule(this, 'AllEgress', {
      securityGroupId: group.id,
      description: 'Nodes reach AWS APIs, registries and the data services',
      ipProtocol: '-1',
      cidrIpv4: '0.0.0.0/0',
    });
    this.securityGroupId = group.id;
  }
}
