import { Construct } from 'constructs';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { pascalCase } from '../platform/construct-id';

/** Interface endpoints that let nodes pull images, assume roles, ship logs and read secrets without NAT. */
export const INTERFACE_ENDPOINT_SERVICES = ['ecr.api', 'ecr.dkr', 'sts', 'logs', 'secretsmanager'] as const;

export interface VpcEndpointsProps {
  readonly name: string;
  readonly region: string;
  readonly vpcId: string;
  readonly vpcCidr: string;
  readonly subnetIds: string[];
  /** Route tables the S3 gateway endpoint is added to (ECR image layers are served from S3). */
  readonly routeTableIds: string[];
}

export class VpcEndpoints extends Construct {
  constructor(scope: Construct, id: string, props: VpcEndpointsProps) {
    super(scope, id);
    new VpcEndpoint(this, 'S3', {
      vpcId: props.vpcId,
      serviceName: `com.amazonaws.${props.region}.s3`,
      vpcEndpointType: 'Gateway',
      routeTableIds: props.routeTableIds,
      tags: { Name: `${props.name}-s3` },
    });
    const securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: `${props.name}-endpoints`,
      description: 'HTTPS from inside the VPC to interface endpoints',
      vpcId: props.vpcId,
      tags: { Name: `${props.name}-endpoints` },
    });
    new VpcSecurityGroupIngressRule(this, 'HttpsFromVpc', {
      securityGroupId: securityGroup.id,
      description: 'HTTPS from the VPC',
      ipProtocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      cidrIpv4: props.vpcCidr,
    });
    for (const service of INTERFACE_ENDPOINT_SERVICES) {
      new VpcEndpoint(this, pascalCase(service), {
        vpcId: props.vpcId,
        serviceName: `com.amazonaws.${props.region}.${service}`,
        vpcEndpointType: 'Interface',
        privateDnsEnabled: true,
        subnetIds: props.subnetIds,
        securityGroupIds: [securityGroup.id],
        tags: { Name: `${props.name}-${service}` },
      });
    }
  }
}
