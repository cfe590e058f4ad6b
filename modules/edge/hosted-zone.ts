import { Construct } from 'constructs';
import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';

export interface HostedZoneProps {
  readonly zoneName: string;
  /** Refuse to destroy a zone that still has records. */
  readonly retainOnDestroy: boolean;
}

/** The environment's public DNS zone; delegate to its name servers from the parent zone. */
export class HostedZone extends Construct {
  readonly zoneId: string;
  readonly zoneName: string;
  readonly nameServers: string[];

  constructor(scope: Construct, id: string, props: HostedZoneProps) {
    super(scope, id);
    const zone = new Route53Zone(this, 'Resource', {
      name: props.zoneName,
      comment: `EKS platform zone ${props.zoneName}`,
      forceDestroy: !props.retainOnDestroy,
    });
    this.zoneId = zone.zoneId;
    this.zoneName = props.zoneName;
    this.nameServers = zone.nameServers;
  }
}
