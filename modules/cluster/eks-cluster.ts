import { Construct } from 'constructs';
import { Fn, TerraformLocal } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { EksCluster as EksClusterResource } from '@cdktf/provider-aws/lib/eks-cluster';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { serviceTrustPolicy } from '../iam/policy-document';
import { OidcProvider } from '../iam/irsa-role';

/** Every control-plane log type EKS can send to CloudWatch Logs. */
export const CONTROL_PLANE_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

export interface EksClusterProps {
  readonly name: string;
  readonly kubernetesVersion: string;
  /** Private subnets, one per zone; the control plane's network interfaces go here. */
  readonly subnetIds: string[];
  readonly serviceIpv4Cidr: string;
  /** CIDRs allowed to reach the public endpoint. Empty keeps the endpoint private only. */
  readonly publicAccessCidrs: readonly string[];
  readonly logRetentionDays: number;
  /** Customer-managed key for envelope encryption of Kubernetes secrets. */
  readonly secretsKeyArn: string;
  /** Customer-managed key of the control-plane log group. */
  readonly logsKeyArn: string;
}

/**
 * The EKS control plane: private endpoint (public only for listed CIDRs), secrets envelope-encrypted
 * with a customer-managed key, every log type to an encrypted log group, access by access entries
 * only (authentication mode API), and the IAM OIDC provider that IRSA roles trust.
 */
export class EksCluster extends Construct {
  readonly name: string;
  readonly arn: string;
  readonly endpoint: string;
  readonly certificateAuthorityData: string;
  /** Security group EKS creates for the control plane and attaches to managed nodes' ENIs. */
  readonly clusterSecurityGroupId: string;
  readonly oidc: OidcProvider;
  /** The cluster resource, for dependencies. */
  readonly resource: EksClusterResource;

  constructor(scope: Construct, id: string, props: EksClusterProps) {
    super(scope, id);
    const role = new IamRole(this, 'Role', { name: `${props.name}-cluster`, assumeRolePolicy: serviceTrustPolicy('eks.amazonaws.com') });
    const policy = new IamRolePolicyAttachment(this, 'ClusterPolicy', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AmazonEKSClusterPolicy' });
    // Created before the cluster, with our retention and key; otherwise EKS creates it unencrypted, kept forever.
    const logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `/aws/eks/${props.name}/cluster`,
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.logsKeyArn,
    });
    const publicEndpoint = props.publicAccessCidrs.length > 0;
    const cluster = new EksClusterResource(this, 'Resource', {
      name: props.name,
      version: props.kubernetesVersion,
      roleArn: role.arn,
      vpcConfig: {
        subnetIds: props.subnetIds,
        endpointPrivateAccess: true,
        endpointPublicAccess: publicEndpoint,
        publicAccessCidrs: publicEndpoint ? [...props.publicAccessCidrs] : undefined,
      },
      kubernetesNetworkConfig: { ipFamily: 'ipv4', serviceIpv4Cidr: props.serviceIpv4Cidr },
      encryptionConfig: { resources: ['secrets'], provider: { keyArn: props.secretsKeyArn } },
      enabledClusterLogTypes: [...CONTROL_PLANE_LOG_TYPES],
      // The identity that runs Terraform keeps cluster-admin: the kubernetes, helm and flux
      // providers of this same stack act as it. People get access through access entries.
      accessConfig: { authenticationMode: 'API', bootstrapClusterCreatorAdminPermissions: true },
      // vpc-cni, kube-proxy and coredns come as managed add-ons with pinned versions instead.
      bootstrapSelfManagedAddons: false,
      dependsOn: [policy, logGroup],
    });
    const issuerUrl = cluster.identity.get(0).oidc.get(0).issuer;
    const provider = new IamOpenidConnectProvider(this, 'OidcProvider', { url: issuerUrl, clientIdList: ['sts.amazonaws.com'] });
    const issuerHost = new TerraformLocal(this, 'OidcIssuerHost', Fn.replace(issuerUrl, 'https://', '')).asString;

    this.resource = cluster;
    this.name = cluster.name;
    this.arn = cluster.arn;
    this.endpoint = cluster.endpoint;
    this.certificateAuthorityData = cluster.certificateAuthority.get(0).data;
    this.clusterSecurityGroupId = cluster.vpcConfig.clusterSecurityGroupId;
    this.oidc = { arn: provider.arn, issuerHost };
  }
}
