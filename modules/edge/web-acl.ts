import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { Wafv2WebAcl } from '@cdktf/provider-aws/lib/wafv2-web-acl';
import { Wafv2WebAclAssociation } from '@cdktf/provider-aws/lib/wafv2-web-acl-association';
import { Wafv2WebAclLoggingConfiguration } from '@cdktf/provider-aws/lib/wafv2-web-acl-logging-configuration';

export interface WebAclProps {
  readonly name: string;
  /** The internet-facing load balancer the ACL protects. */
  readonly loadBalancerArn: string;
  readonly logRetentionDays: number;
  /** Key that encrypts the log group (its policy must admit CloudWatch Logs). */
  readonly logsKmsKeyArn: string;
}

/** AWS-managed rule groups, evaluated in this order; each one blocks what it matches. */
const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  // Anonymising proxies, VPNs and Tor: a payments platform refuses them (fraud and sanctions screening).
  'AWSManagedRulesAnonymousIpList',
  'AWSManagedRulesCommonRuleSet',
  // Includes the Log4j (CVE-2021-44228) rules.
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/** A regional WAF web ACL with AWS-managed rules in front of the public ALB, logging to CloudWatch Logs. */
export class WebAcl extends Construct {
  readonly arn: string;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    const visibility = (metricName: string) => ({ cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });
    const acl = new Wafv2WebAcl(this, 'Resource', {
      name: `${props.name}-public`,
      description: `Managed rules in front of ${props.name}'s public load balancer`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${props.name}-public`),
      rule: MANAGED_RULE_GROUPS.map((group, priority) => ({
        name: group,
        priority,
        overrideAction: { none: {} },
        // The binding types `statement` as any (the block is recursive) and passes it through as written:
        // so it is written in Terraform's snake_case.
        statement: { managed_rule_group_statement: { vendor_name: 'AWS', name: group } },
        visibilityConfig: visibility(group),
      })),
    });
    new Wafv2WebAclAssociation(this, 'Association', { resourceArn: props.loadBalancerArn, webAclArn: acl.arn });
    // WAF only delivers to log groups whose name starts with aws-waf-logs-.
    const logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `aws-waf-logs-${props.name}`,
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.logsKmsKeyArn,
    });
    new Wafv2WebAclLoggingConfiguration(this, 'Logging', {
      resourceArn: acl.arn,
      logDestinationConfigs: [logGroup.arn],
      // Never log credentials or session cookies.
      redactedFields: [{ singleHeader: { name: 'authorization' } }, { singleHeader: { name: 'cookie' } }],
    });
    this.arn = acl.arn;
  }
}
