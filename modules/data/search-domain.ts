import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogResourcePolicy } from '@cdktf/provider-aws/lib/cloudwatch-log-resource-policy';
import { OpensearchDomain } from '@cdktf/provider-aws/lib/opensearch-domain';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { policyJson } from '../iam/policy-document';

export interface SearchDomainProps {
  /** Domain name: 3-28 lower-case characters. */
  readonly name: string;
  readonly account: string;
  readonly region: string;
  readonly engineVersion: string;
  readonly instanceType: string;
  readonly instanceCount: number;
  readonly volumeSizeGib: number;
  /** Spread data nodes over three zones; needs a multiple of three nodes. */
  readonly zoneAwareness: boolean;
  readonly masterUserRoleArn: string;
  readonly vpcId: string;
  /** Private subnets, one per zone; a domain without zone awareness uses the first. */
  readonly subnetIds: string[];
  readonly clientSecurityGroupId: string;
  readonly kmsKeyArn: string;
  /** Three dedicated master nodes of this type keep cluster management off the data nodes. @default - none */
  readonly dedicatedMasterInstanceType?: string;
  /** Retention of the domain's application, slow and audit logs. */
  readonly logRetentionDays: number;
  /** Key that encrypts the log group (its policy must admit CloudWatch Logs). */
  readonly logsKmsKeyArn: string;
}

const LOG_TYPES = ['ES_APPLICATION_LOGS', 'INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS', 'AUDIT_LOGS'] as const;

/** A VPC-only OpenSearch domain: encrypted at rest and between nodes, HTTPS with TLS 1.2+, fine-grained access control. */
export class SearchDomain extends Construct {
  readonly endpoint: string;
  readonly arn: string;

  constructor(scope: Construct, id: string, props: SearchDomainProps) {
    super(scope, id);
    const securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: `${props.name}-search`,
      description: 'HTTPS to OpenSearch from the cluster nodes only',
      vpcId: props.vpcId,
      tags: { Name: `${props.name}-search` },
    });
    new VpcSecurityGroupIngressRule(this, 'FromClusterNodes', {
      securityGroupId: securityGroup.id,
      description: 'Log shippers and applications on the cluster nodes',
      ipProtocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      referencedSecurityGroupId: props.clientSecurityGroupId,
    });
    const domainArn = `arn:aws:es:${props.region}:${props.account}:domain/${props.name}`;
    const logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `/aws/opensearch/${props.name}`,
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.logsKmsKeyArn,
    });
    // OpenSearch writes logs through a CloudWatch Logs resource policy, not a role; scoped to this domain.
    const logPolicy = new CloudwatchLogResourcePolicy(this, 'LogPolicy', {
      policyName: `${props.name}-opensearch-logs`,
      policyDocument: policyJson({
        Effect: 'Allow',
        Principal: { Service: 'es.amazonaws.com' },
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `${logGroup.arn}:*`,
        Condition: { StringEquals: { 'aws:SourceAccount': props.account }, ArnLike: { 'aws:SourceArn': domainArn } },
      }),
    });
    const domain = new OpensearchDomain(this, 'Resource', {
      domainName: props.name,
      engineVersion: props.engineVersion,
      clusterConfig: {
        instanceType: props.instanceType,
        instanceCount: props.instanceCount,
        zoneAwarenessEnabled: props.zoneAwareness,
        zoneAwarenessConfig: props.zoneAwareness ? { availabilityZoneCount: 3 } : undefined,
        dedicatedMasterEnabled: props.dedicatedMasterInstanceType !== undefined,
        dedicatedMasterType: props.dedicatedMasterInstanceType,
        dedicatedMasterCount: props.dedicatedMasterInstanceType !== undefined ? 3 : undefined,
      },
      logPublishingOptions: LOG_TYPES.map((logType) => ({ logType, enabled: true, cloudwatchLogGroupArn: logGroup.arn })),
      dependsOn: [logPolicy],
      ebsOptions: { ebsEnabled: true, volumeType: 'gp3', volumeSize: props.volumeSizeGib },
      vpcOptions: {
        subnetIds: props.zoneAwareness ? props.subnetIds : props.subnetIds.slice(0, 1),
        securityGroupIds: [securityGroup.id],
      },
      encryptAtRest: { enabled: true, kmsKeyId: props.kmsKeyArn },
      nodeToNodeEncryption: { enabled: true },
      domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
      advancedSecurityOptions: {
        enabled: true,
        internalUserDatabaseEnabled: false,
        masterUserOptions: { masterUserArn: props.masterUserRoleArn },
      },
      // Inside a VPC the security group limits who can connect; fine-grained access control
      // decides what each IAM principal may do, so the resource policy admits the account.
      accessPolicies: policyJson({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${props.account}:root` },
        Action: 'es:ESHttp*',
        Resource: `${domainArn}/*`,
      }),
    });
    this.endpoint = domain.endpoint;
    this.arn = domain.arn;
  }
}
