import { Construct } from 'constructs';
import { Token, TerraformIterator } from 'cdktf';
import { AcmCertificate } from '@cdktf/provider-aws/lib/acm-certificate';
import { AcmCertificateValidation } from '@cdktf/provider-aws/lib/acm-certificate-validation';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbListenerRule } from '@cdktf/provider-aws/lib/lb-listener-rule';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { pascalCase } from '../platform/construct-id';
import { AccessLogBucket } from './access-log-bucket';

export interface TargetGroupSpec {
  readonly name: string;
  /** Pod port the TargetGroupBinding registers. */
  readonly port: number;
  readonly healthCheckPath: string;
  readonly hostnames: readonly string[];
}

export interface PublicLoadBalancerProps {
  readonly name: string;
  readonly region: string;
  readonly account: string;
  readonly vpcId: string;
  readonly publicSubnetIds: string[];
  readonly ingressCidrs: readonly string[];
  /** Nodes (and so pods, with the VPC CNI) that targets live on. */
  readonly nodeSecurityGroupId: string;
  readonly zoneId: string;
  readonly zoneName: string;
  readonly targetGroups: readonly TargetGroupSpec[];
  readonly deletionProtection: boolean;
}

/** Current TLS 1.3 policy with TLS 1.2 fallback for older clients. */
const TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

/**
 * The internet-facing ALB, owned by the network layer rather than by the in-cluster controller: the
 * controller only binds pods to these target groups (TargetGroupBinding), so destroying the cluster
 * never strands a load balancer, and DNS and certificates live next to the zone.
 */
export class PublicLoadBalancer extends Construct {
  readonly arn: string;
  readonly dnsName: string;
  readonly securityGroupId: string;
  /** Target group ARN by target group name. */
  readonly targetGroupArns: Record<string, string>;

  constructor(scope: Construct, id: string, props: PublicLoadBalancerProps) {
    super(scope, id);
    const logs = new AccessLogBucket(this, 'AccessLogs', {
      bucketName: `${props.name}-alb-logs-${props.account}`,
      region: props.region,
      account: props.account,
      retentionDays: 90,
      retainOnDestroy: props.deletionProtection,
    });

    const securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: `${props.name}-alb`,
      description: 'Internet-facing ALB: HTTP and HTTPS in, pod ports out to the nodes',
      vpcId: props.vpcId,
      tags: { Name: `${props.name}-alb` },
    });
    props.ingressCidrs.forEach((cidr, index) =>
      [80, 443].forEach(
        (port) =>
          new VpcSecurityGroupIngressRule(this, `Ingress${port}From${index + 1}`, {
            securityGroupId: securityGroup.id,
            description: `HTTP${port === 443 ? 'S' : ''} from ${cidr}`,
            ipProtocol: 'tcp',
            fromPort: port,
            toPort: port,
            cidrIpv4: cidr,
          }),
      ),
    );
    [...new Set(props.targetGroups.map((group) => group.port))].forEach(
      (port) =>
        new VpcSecurityGroupEgressRule(this, `EgressToNodes${port}`, {
          securityGroupId: securityGroup.id,
          description: `Pod port ${port} on the cluster nodes`,
          ipProtocol: 'tcp',
          fromPort: port,
          toPort: port,
          referencedSecurityGroupId: props.nodeSecurityGroupId,
        }),
    );
    [...new Set(props.targetGroups.map((group) => group.port))].forEach(
      (port) =>
        new VpcSecurityGroupIngressRule(this, `NodesFromAlb${port}`, {
          securityGroupId: props.nodeSecurityGroupId,
          description: `Pod port ${port} from the public ALB`,
          ipProtocol: 'tcp',
          fromPort: port,
          toPort: port,
          referencedSecurityGroupId: securityGroup.id,
        }),
    );

    const loadBalancer = new Lb(this, 'Resource', {
      name: `${props.name}-public`,
      loadBalancerType: 'application',
      internal: false,
      subnets: props.publicSubnetIds,
      securityGroups: [securityGroup.id],
      dropInvalidHeaderFields: true,
      enableDeletionProtection: props.deletionProtection,
      accessLogs: { bucket: logs.bucketName, enabled: true },
      dependsOn: [logs.policy],
    });

    const certificate = new AcmCertificate(this, 'Certificate', {
      domainName: props.zoneName,
      subjectAlternativeNames: [`*.${props.zoneName}`],
      validationMethod: 'DNS',
      lifecycle: { createBeforeDestroy: true },
    });
    // The apex and the wildcard share one validation record, hence allowOverwrite. The set is keyed by domain
    // name directly: TerraformIterator.fromComplexList wraps it in tolist(), which stays unknown until the
    // certificate exists, so a first plan failed with "Invalid for_each argument" (found by the offline plan).
    const validationOptions = TerraformIterator.fromMap(
      Token.asAnyMap(`\${{ for option in ${certificate.fqn}.domain_validation_options : option.domain_name => option }}`),
    );
    const validationRecords = new Route53Record(this, 'CertificateValidationRecord', {
      forEach: validationOptions,
      zoneId: props.zoneId,
      name: validationOptions.getString('resource_record_name'),
      type: validationOptions.getString('resource_record_type'),
      records: [validationOptions.getString('resource_record_value')],
      ttl: 60,
      allowOverwrite: true,
    });
    const validation = new AcmCertificateValidation(this, 'CertificateValidation', {
      certificateArn: certificate.arn,
      validationRecordFqdns: Token.asList(`\${[for record in ${validationRecords.fqn} : record.fqdn]}`),
    });

    new LbListener(this, 'HttpListener', {
      loadBalancerArn: loadBalancer.arn,
      port: 80,
      protocol: 'HTTP',
      defaultAction: [{ type: 'redirect', redirect: { port: '443', protocol: 'HTTPS', statusCode: 'HTTP_301' } }],
    });
    const https = new LbListener(this, 'HttpsListener', {
      loadBalancerArn: loadBalancer.arn,
      port: 443,
      protocol: 'HTTPS',
      sslPolicy: TLS_POLICY,
      certificateArn: validation.certificateArn,
      defaultAction: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '404', messageBody: 'Not found' } }],
    });

    this.targetGroupArns = {};
    props.targetGroups.forEach((spec, index) => {
      const pascal = pascalCase(spec.name);
      const group = new LbTargetGroup(this, `TargetGroup${pascal}`, {
        name: `${props.name}-${spec.name}`.slice(0, 32),
        port: spec.port,
        protocol: 'HTTP',
        targetType: 'ip',
        vpcId: props.vpcId,
        deregistrationDelay: '30',
        healthCheck: { enabled: true, path: spec.healthCheckPath, matcher: '200-399', protocol: 'HTTP' },
        lifecycle: { createBeforeDestroy: false },
      });
      new LbListenerRule(this, `Rule${pascal}`, {
        listenerArn: https.arn,
        priority: 100 + index * 10,
        condition: [{ hostHeader: { values: [...spec.hostnames] } }],
        action: [{ type: 'forward', targetGroupArn: group.arn }],
      });
      spec.hostnames.forEach(
        (hostname, hostIndex) =>
          new Route53Record(this, `Alias${pascal}${hostIndex + 1}`, {
            zoneId: props.zoneId,
            name: hostname,
            type: 'A',
            alias: { name: loadBalancer.dnsName, zoneId: loadBalancer.zoneId, evaluateTargetHealth: true },
          }),
      );
      this.targetGroupArns[spec.name] = group.arn;
    });

    this.arn = loadBalancer.arn;
    this.dnsName = loadBalancer.dnsName;
    this.securityGroupId = securityGroup.id;
  }
}
