import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { policyJson, serviceTrustPolicy } from '../iam/policy-document';

export interface VpcFlowLogsProps {
  readonly name: string;
  readonly vpcId: string;
  readonly account: string;
  readonly retentionDays: number;
  /** KMS key that encrypts the log group; its policy must let CloudWatch Logs use it. */
  readonly kmsKeyArn: string;
}

/** Every accepted and rejected flow of the VPC, to an encrypted CloudWatch log group. */
export class VpcFlowLogs extends Construct {
  readonly logGroupName: string;

  constructor(scope: Construct, id: string, props: VpcFlowLogsProps) {
    super(scope, id);
    const logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `/aws/vpc/${props.name}/flow-logs`,
      retentionInDays: props.retentionDays,
      kmsKeyId: props.kmsKeyArn,
    });
    const role = new IamRole(this, 'Role', {
      name: `${props.name}-flow-logs`,
      assumeRolePolicy: serviceTrustPolicy('vpc-flow-logs.amazonaws.com', { StringEquals: { 'aws:SourceAccount': props.account } }),
    });
    new IamRolePolicy(this, 'RolePolicy', {
      role: role.name,
      name: 'write-flow-logs',
      policy: policyJson({
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        Resource: `${logGroup.arn}:*`,
      }),
    });
    new FlowLog(this, 'Resource', {
      vpcId: props.vpcId,
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: logGroup.arn,
      iamRoleArn: role.arn,
      maxAggregationInterval: 60,
    });
    this.logGroupName = logGroup.name;
  }
}
