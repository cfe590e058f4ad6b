import { Construct } from 'constructs';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc as VpcResource } from '@cdktf/provider-aws/lib/vpc';
import { pascalCase } from '../platform/construct-id';

export type NatGatewayLayout = 'single' | 'one-per-az';

export interface VpcProps {
  readonly name: string;
  readonly cidr: string;
  readonly availabilityZones: readonly string[];
  /** Subnet CIDRs per tier, index i in availabilityZones[i]. */
  readonly subnetCidrs: { readonly public: readonly string[]; readonly private: readonly string[]; readonly database: readonly string[] };
  /** `single` saves cost where losing a zone's egress is acceptable; `one-per-az` keeps each zone independent. */
  readonly natGateways: NatGatewayLayout;
  /** EKS cluster whose load balancers and nodes use these subnets; drives the discovery tags. */
  readonly clusterName: string;
}

/**
 * A VPC over the given zones with three subnet tiers: public (load balancers, NAT), private (nodes and
 * pods, egress through NAT) and database (isolated: no route to the internet at all).
 */
export class Vpc extends Construct {
  readonly vpcId: string;
  readonly cidr: string;
  readonly publicSubnetIds: string[];
  readonly privateSubnetIds: string[];
  readonly databaseSubnetIds: string[];
  /** Route tables of the private and database subnets, for gateway endpoints. */
  readonly internalRouteTableIds: string[];

  constructor(scope: Construct, id: string, props: VpcProps) {
    super(scope, id);
    const vpc = new VpcResource(this, 'Resource', {
      cidrBlock: props.cidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: props.name },
    });
    // The default security group allows all traffic between its members; empty it so nothing relies on it.
    new DefaultSecurityGroup(this, 'DefaultSecurityGroup', { vpcId: vpc.id, ingress: [], egress: [] });
    const internetGateway = new InternetGateway(this, 'InternetGateway', { vpcId: vpc.id, tags: { Name: props.name } });

    const cluster = `kubernetes.io/cluster/${props.clusterName}`;
    const subnets = (tier: 'public' | 'private' | 'database', tags: Record<string, string>) =>
      props.availabilityZones.map(
        (zone, index) =>
          new Subnet(this, `${pascalCase(tier)}Subnet${index + 1}`, {
            vpcId: vpc.id,
            availabilityZone: zone,
            cidrBlock: props.subnetCidrs[tier][index],
            tags: { Name: `${props.name}-${tier}-${zone}`, tier, ...tags },
          }),
      );
    // Tags the AWS Load Balancer Controller uses to discover subnets; the ALB itself is ours, but
    // Services of type LoadBalancer still need them.
    const publicSubnets = subnets('public', { 'kubernetes.io/role/elb': '1', [cluster]: 'shared' });
    const privateSubnets = subnets('private', { 'kubernetes.io/role/internal-elb': '1', [cluster]: 'shared' });
    const databaseSubnets = subnets('database', {});

    const publicRoutes = new RouteTable(this, 'PublicRouteTable', { vpcId: vpc.id, tags: { Name: `${props.name}-public` } });
    new Route(this, 'PublicDefaultRoute', { routeTableId: publicRoutes.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: internetGateway.id });
    publicSubnets.forEach((subnet, index) => new RouteTableAssociation(this, `PublicRouteTableAssociation${index + 1}`, { subnetId: subnet.id, routeTableId: publicRoutes.id }));

    const natCount = props.natGateways === 'one-per-az' ? props.availabilityZones.length : 1;
    const natGateways = publicSubnets.slice(0, natCount).map((subnet, index) => {
      const address = new Eip(this, `NatAddress${index + 1}`, { domain: 'vpc', tags: { Name: `${props.name}-nat-${index + 1}` } });
      return new NatGateway(this, `NatGateway${index + 1}`, {
        allocationId: address.allocationId,
        subnetId: subnet.id,
        tags: { Name: `${props.name}-nat-${props.availabilityZones[index]}` },
        dependsOn: [internetGateway],
      });
    });

    const privateRouteTables = privateSubnets.map((subnet, index) => {
      const table = new RouteTable(this, `PrivateRouteTable${index + 1}`, { vpcId: vpc.id, tags: { Name: `${props.name}-private-${props.availabilityZones[index]}` } });
      new Route(this, `PrivateDefaultRoute${index + 1}`, {
        routeTableId: table.id,
        destinationCidrBlock: '0.0.0.0/0',
        natGatewayId: natGateways[index % natGateways.length].id,
      });
      new RouteTableAssociation(this, `PrivateRouteTableAssociation${index + 1}`, { subnetId: subnet.id, routeTableId: table.id });
      return table;
    });

    const databaseRoutes = new RouteTable(this, 'DatabaseRouteTable', { vpcId: vpc.id, tags: { Name: `${props.name}-database` } });
    databaseSubnets.forEach((subnet, index) => new RouteTableAssociation(this, `DatabaseRouteTableAssociation${index + 1}`, { subnetId: subnet.id, routeTableId: databaseRoutes.id }));

    this.vpcId = vpc.id;
    this.cidr = props.cidr;
    this.publicSubnetIds = publicSubnets.map((subnet) => subnet.id);
    this.privateSubnetIds = privateSubnets.map((subnet) => subnet.id);
    this.databaseSubnetIds = databaseSubnets.map((subnet) => subnet.id);
    this.internalRouteTableIds = [...privateRouteTables.map((table) => table.id), databaseRoutes.id];
  }
}
