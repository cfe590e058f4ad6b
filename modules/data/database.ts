import { Construct } from 'constructs';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { serviceTrustPolicy } from '../iam/policy-document';

export type DatabaseEngine = 'mariadb' | 'mysql';

export interface DatabaseProps {
  readonly name: string;
  readonly engine: DatabaseEngine;
  /** Major.minor (e.g. 10.11) lets RDS apply minor upgrades; a full version pins one. */
  readonly engineVersion: string;
  readonly instanceClass: string;
  readonly allocatedStorageGib: number;
  readonly maxAllocatedStorageGib: number;
  readonly multiAz: boolean;
  readonly backupRetentionDays: number;
  readonly databaseName: string;
  readonly deletionProtection: boolean;
  readonly vpcId: string;
  /** Isolated subnets, one per zone. */
  readonly subnetIds: string[];
  /** The only security group allowed to connect: the cluster's nodes. */
  readonly clientSecurityGroupId: string;
  readonly kmsKeyArn: string;
  /** Enhanced Monitoring's OS metrics interval (0 turns it off). @default 60 */
  readonly monitoringIntervalSeconds?: 0 | 1 | 5 | 10 | 15 | 30 | 60;
}

const PORT = 3306;
/** AWS-managed policy that lets RDS publish Enhanced Monitoring metrics to CloudWatch Logs. */
const ENHANCED_MONITORING_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole';

/**
 * A MariaDB or MySQL instance whose master password RDS generates and keeps in Secrets Manager, so
 * that no password ever appears in code, Terraform state or outputs. TLS is required.
 */
export class Database extends Construct {
  readonly address: string;
  readonly port: number;
  /** ARN of the Secrets Manager secret RDS manages for the master user (the ARN, never the value). */
  readonly masterUserSecretArn: string;
  readonly identifier: string;

  constructor(scope: Construct, id: string, props: DatabaseProps) {
    super(scope, id);
    const monitoringIntervalSeconds = props.monitoringIntervalSeconds ?? 60;
    const subnetGroup = new DbSubnetGroup(this, 'SubnetGroup', {
      name: props.name,
      description: `Isolated subnets of ${props.name}`,
      subnetIds: props.subnetIds,
    });
    const securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: `${props.name}-database`,
      // No engine in the description: it forces a new group, and an engine change should not replace it.
      description: 'Database clients from the cluster nodes only',
      vpcId: props.vpcId,
      tags: { Name: `${props.name}-database` },
    });
    new VpcSecurityGroupIngressRule(this, 'FromClusterNodes', {
      securityGroupId: securityGroup.id,
      description: 'Database clients on the cluster nodes',
      ipProtocol: 'tcp',
      fromPort: PORT,
      toPort: PORT,
      referencedSecurityGroupId: props.clientSecurityGroupId,
    });
    const family = `${props.engine}${props.engineVersion.split('.').slice(0, 2).join('.')}`;
    const parameters = new DbParameterGroup(this, 'ParameterGroup', {
      name: `${props.name}-${family.replace('.', '-')}`,
      family,
      description: `TLS-only ${family} for ${props.name}`,
      parameter: [{ name: 'require_secure_transport', value: '1' }],
      lifecycle: { createBeforeDestroy: true },
    });
    // OS-level metrics (memory, swap, per-process CPU) that CloudWatch's hypervisor metrics lack.
    const monitoringRole =
      monitoringIntervalSeconds > 0
        ? new IamRole(this, 'MonitoringRole', {
            name: `${props.name}-rds-monitoring`,
            description: `Enhanced Monitoring of ${props.name}`,
            assumeRolePolicy: serviceTrustPolicy('monitoring.rds.amazonaws.com'),
          })
        : undefined;
    if (monitoringRole) {
      new IamRolePolicyAttachment(this, 'MonitoringPolicy', { role: monitoringRole.name, policyArn: ENHANCED_MONITORING_POLICY_ARN });
    }
    const instance = new DbInstance(this, 'Resource', {
      identifier: props.name,
      engine: props.engine,
      engineVersion: props.engineVersion,
      instanceClass: props.instanceClass,
      allocatedStorage: props.allocatedStorageGib,
      maxAllocatedStorage: props.maxAllocatedStorageGib,
      storageType: 'gp3',
      storageEncrypted: true,
      kmsKeyId: props.kmsKeyArn,
      dbName: props.databaseName,
      username: 'platform_admin',
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: props.kmsKeyArn,
      port: PORT,
      dbSubnetGroupName: subnetGroup.name,
      vpcSecurityGroupIds: [securityGroup.id],
      parameterGroupName: parameters.name,
      publiclyAccessible: false,
      multiAz: props.multiAz,
      backupRetentionPeriod: props.backupRetentionDays,
      copyTagsToSnapshot: true,
      deletionProtection: props.deletionProtection,
      skipFinalSnapshot: !props.deletionProtection,
      finalSnapshotIdentifier: props.deletionProtection ? `${props.name}-final` : undefined,
      autoMinorVersionUpgrade: true,
      iamDatabaseAuthenticationEnabled: true,
      performanceInsightsEnabled: true,
      performanceInsightsKmsKeyId: props.kmsKeyArn,
      enabledCloudwatchLogsExports: ['audit', 'error', 'slowquery'],
      monitoringInterval: monitoringIntervalSeconds,
      monitoringRoleArn: monitoringRole?.arn,
    });
    this.address = instance.address;
    this.port = PORT;
    this.masterUserSecretArn = instance.masterUserSecret.get(0).secretArn;
    this.identifier = instance.identifier;
  }
}
