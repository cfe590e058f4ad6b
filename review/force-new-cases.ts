/**
 * Cases for `npm run verify-force-new`, which checks review/force-new-attributes.ts against the real
 * hashicorp/aws 5.100.0 offline: each resource type gets a prior state (`base`) and, per attribute, a
 * configuration that changes it; Terraform plans them with -refresh=false and reports the replace
 * paths. `inPlace` cases are changes the table must not call replacements. Attributes of the table
 * without a case here (name prefixes, Outposts, external key stores) rest on the documentation alone.
 */
export interface ForceNewCase {
  readonly base: Readonly<Record<string, unknown>>;
  /** Force-new attribute -> top-level attributes that change it. */
  readonly replaces: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Label -> top-level attributes whose change is planned in place. */
  readonly inPlace?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const ACCOUNT = '111111111111';
const KEY_A = `arn:aws:kms:eu-west-2:${ACCOUNT}:key/11111111-1111-1111-1111-111111111111`;
const KEY_B = `arn:aws:kms:eu-west-2:${ACCOUNT}:key/22222222-2222-2222-2222-222222222222`;
const ROLE_A = `arn:aws:iam::${ACCOUNT}:role/a`;
const ROLE_B = `arn:aws:iam::${ACCOUNT}:role/b`;
const VPC_A = 'vpc-0a0a0a0a0a0a0a0a0';
const VPC_B = 'vpc-0b0b0b0b0b0b0b0b0';

export const FORCE_NEW_CASES: Readonly<Record<string, ForceNewCase>> = {
  aws_db_instance: {
    base: {
      identifier: 'platform', engine: 'mariadb', engine_version: '10.11', instance_class: 'db.t4g.micro', allocated_storage: 20,
      max_allocated_storage: 100, username: 'platform_admin', db_name: 'platform', manage_master_user_password: true,
      skip_final_snapshot: true, storage_encrypted: true, kms_key_id: KEY_A, availability_zone: 'eu-west-2a', db_subnet_group_name: 'a',
      character_set_name: 'AL32UTF8', timezone: 'UTC',
    },
    replaces: {
      engine: { engine: 'mysql', engine_version: '8.0' }, username: { username: 'admin2' },
      db_name: { db_name: 'other' }, storage_encrypted: { storage_encrypted: false, kms_key_id: null }, kms_key_id: { kms_key_id: KEY_B },
      availability_zone: { availability_zone: 'eu-west-2b' }, character_set_name: { character_set_name: 'UTF8' }, timezone: { timezone: 'GMT' },
      snapshot_identifier: { snapshot_identifier: 'snap-1' },
    },
    inPlace: {
      // RDS renames an instance in place (ModifyDBInstance); its endpoint changes with it.
      identifier: { identifier: 'platform-2' },
      db_subnet_group_name: { db_subnet_group_name: 'b' }, max_allocated_storage: { max_allocated_storage: 200 },
      instance_class: { instance_class: 'db.t4g.small' }, engine_version: { engine_version: '10.11.9' },
    },
  },
  aws_db_subnet_group: { base: { name: 'a', subnet_ids: ['subnet-1'] }, replaces: { name: { name: 'b' } }, inPlace: { subnet_ids: { subnet_ids: ['subnet-2'] } } },
  aws_db_parameter_group: {
    base: { name: 'a', family: 'mariadb10.11', description: 'd' },
    replaces: { name: { name: 'b' }, family: { family: 'mariadb11.4' }, description: { description: 'e' } },
  },
  aws_opensearch_domain: {
    base: { domain_name: 'platform', engine_version: 'OpenSearch_2.19', encrypt_at_rest: [{ enabled: true, kms_key_id: KEY_A }] },
    replaces: { domain_name: { domain_name: 'platform-2' }, 'encrypt_at_rest.kms_key_id': { encrypt_at_rest: [{ enabled: true, kms_key_id: KEY_B }] } },
    inPlace: { engine_version: { engine_version: 'OpenSearch_3.1' } },
  },
  aws_kms_key: {
    base: { description: 'k', customer_master_key_spec: 'SYMMETRIC_DEFAULT', key_usage: 'ENCRYPT_DECRYPT', multi_region: false },
    replaces: {
      customer_master_key_spec: { customer_master_key_spec: 'RSA_4096' }, key_usage: { key_usage: 'GENERATE_VERIFY_MAC', customer_master_key_spec: 'HMAC_256' },
      multi_region: { multi_region: true },
    },
    inPlace: { description: { description: 'k2' }, enable_key_rotation: { enable_key_rotation: true } },
  },
  aws_kms_alias: { base: { name: 'alias/a', target_key_id: 'k1' }, replaces: { name: { name: 'alias/b' } }, inPlace: { target_key_id: { target_key_id: 'k2' } } },
  aws_secretsmanager_secret: { base: { name: 'a' }, replaces: { name: { name: 'b' } }, inPlace: { description: { description: 'x' } } },
  aws_iam_role: {
    base: { name: 'a', path: '/', assume_role_policy: '{"Version":"2012-10-17","Statement":[]}' },
    replaces: { name: { name: 'b' }, path: { path: '/x/' } },
    inPlace: { max_session_duration: { max_session_duration: 7200 } },
  },
  aws_iam_role_policy: { base: { name: 'a', role: 'r', policy: '{"Version":"2012-10-17","Statement":[]}' }, replaces: { name: { name: 'b' }, role: { role: 's' } } },
  aws_iam_role_policy_attachment: {
    base: { role: 'r', policy_arn: 'arn:aws:iam::aws:policy/A' },
    replaces: { role: { role: 's' }, policy_arn: { policy_arn: 'arn:aws:iam::aws:policy/B' } },
  },
  aws_iam_policy: { base: { name: 'a', path: '/', policy: '{"Version":"2012-10-17","Statement":[]}' }, replaces: { name: { name: 'b' }, path: { path: '/x/' } } },
  aws_iam_openid_connect_provider: {
    base: { url: 'https://oidc.eks.eu-west-2.amazonaws.com/id/A', client_id_list: ['sts.amazonaws.com'] },
    replaces: { url: { url: 'https://oidc.eks.eu-west-2.amazonaws.com/id/B' } },
  },
  aws_ecr_repository: {
    base: { name: 'prod/app', encryption_configuration: [{ encryption_type: 'KMS', kms_key: KEY_A }] },
    replaces: {
      name: { name: 'prod/app2' },
      'encryption_configuration.kms_key': { encryption_configuration: [{ encryption_type: 'KMS', kms_key: KEY_B }] },
      'encryption_configuration.encryption_type': { encryption_configuration: [{ encryption_type: 'AES256' }] },
    },
    inPlace: { image_tag_mutability: { image_tag_mutability: 'IMMUTABLE' } },
  },
  aws_ecr_lifecycle_policy: { base: { repository: 'a', policy: '{"rules":[]}' }, replaces: { repository: { repository: 'b' } } },
  aws_route53_zone: { base: { name: 'a.example.com', comment: 'c' }, replaces: { name: { name: 'b.example.com' } }, inPlace: { comment: { comment: 'd' } } },
  aws_route53_record: {
    base: { zone_id: 'Z1', name: 'a.example.com', type: 'A', ttl: 60, records: ['192.0.2.1'] },
    replaces: { zone_id: { zone_id: 'Z2' }, name: { name: 'b.example.com' } },
    inPlace: { records: { records: ['192.0.2.2'] } },
  },
  aws_acm_certificate: {
    base: { domain_name: 'a.example.com', validation_method: 'DNS', subject_alternative_names: ['a.example.com', 'b.example.com'] },
    replaces: { domain_name: { domain_name: 'c.example.com', subject_alternative_names: ['c.example.com', 'b.example.com'] }, subject_alternative_names: { subject_alternative_names: ['a.example.com'] } },
  },
  aws_vpc: { base: { cidr_block: '10.0.0.0/16', instance_tenancy: 'default' }, replaces: { cidr_block: { cidr_block: '10.1.0.0/16' } }, inPlace: { enable_dns_hostnames: { enable_dns_hostnames: true } } },
  aws_subnet: {
    base: { vpc_id: VPC_A, cidr_block: '10.0.0.0/24', availability_zone: 'eu-west-2a', ipv6_native: false },
    replaces: { vpc_id: { vpc_id: VPC_B }, cidr_block: { cidr_block: '10.0.1.0/24' }, availability_zone: { availability_zone: 'eu-west-2b' } },
    inPlace: { map_public_ip_on_launch: { map_public_ip_on_launch: true } },
  },
  aws_route_table: { base: { vpc_id: VPC_A }, replaces: { vpc_id: { vpc_id: VPC_B } } },
  aws_route: {
    base: { route_table_id: 'rtb-1', destination_cidr_block: '0.0.0.0/0', nat_gateway_id: 'nat-1' },
    replaces: { route_table_id: { route_table_id: 'rtb-2' }, destination_cidr_block: { destination_cidr_block: '10.9.0.0/16' } },
    inPlace: { nat_gateway_id: { nat_gateway_id: 'nat-2' } },
  },
  aws_route_table_association: { base: { route_table_id: 'rtb-1', subnet_id: 'subnet-1' }, replaces: { subnet_id: { subnet_id: 'subnet-2' } }, inPlace: { route_table_id: { route_table_id: 'rtb-2' } } },
  aws_nat_gateway: {
    base: { allocation_id: 'eipalloc-1', subnet_id: 'subnet-1', connectivity_type: 'public' },
    replaces: { allocation_id: { allocation_id: 'eipalloc-2' }, subnet_id: { subnet_id: 'subnet-2' }, connectivity_type: { connectivity_type: 'private', allocation_id: null } },
  },
  aws_security_group: {
    base: { name: 'a', description: 'd', vpc_id: VPC_A },
    replaces: { name: { name: 'b' }, description: { description: 'e' }, vpc_id: { vpc_id: VPC_B } },
  },
  aws_vpc_security_group_ingress_rule: {
    base: { security_group_id: 'sg-1', ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '10.0.0.0/8' },
    replaces: { security_group_id: { security_group_id: 'sg-2' } },
    inPlace: { from_port: { from_port: 80, to_port: 80 } },
  },
  aws_vpc_security_group_egress_rule: {
    base: { security_group_id: 'sg-1', ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' },
    replaces: { security_group_id: { security_group_id: 'sg-2' } },
  },
  aws_vpc_endpoint: {
    base: { vpc_id: VPC_A, service_name: 'com.amazonaws.eu-west-2.sts', vpc_endpoint_type: 'Interface' },
    replaces: { vpc_id: { vpc_id: VPC_B }, service_name: { service_name: 'com.amazonaws.eu-west-2.logs' }, vpc_endpoint_type: { vpc_endpoint_type: 'Gateway' } },
  },
  aws_flow_log: {
    base: { vpc_id: VPC_A, traffic_type: 'ALL', log_destination: 'arn:aws:logs:eu-west-2:111111111111:log-group:a', iam_role_arn: ROLE_A, max_aggregation_interval: 600 },
    replaces: {
      traffic_type: { traffic_type: 'REJECT' }, log_destination: { log_destination: 'arn:aws:logs:eu-west-2:111111111111:log-group:b' },
      iam_role_arn: { iam_role_arn: ROLE_B }, vpc_id: { vpc_id: VPC_B }, max_aggregation_interval: { max_aggregation_interval: 60 },
    },
  },
  aws_cloudwatch_log_group: { base: { name: 'a', retention_in_days: 30 }, replaces: { name: { name: 'b' } }, inPlace: { retention_in_days: { retention_in_days: 365 } } },
  aws_lb: {
    base: { name: 'a', internal: false, load_balancer_type: 'application', subnets: ['subnet-1', 'subnet-2'] },
    replaces: { name: { name: 'b' }, internal: { internal: true }, load_balancer_type: { load_balancer_type: 'network' } },
    inPlace: { subnets: { subnets: ['subnet-1', 'subnet-3'] }, enable_deletion_protection: { enable_deletion_protection: true } },
  },
  aws_lb_target_group: {
    base: { name: 'a', port: 8080, protocol: 'HTTP', target_type: 'ip', vpc_id: VPC_A },
    replaces: { name: { name: 'b' }, port: { port: 9090 }, protocol: { protocol: 'HTTPS' }, target_type: { target_type: 'instance' }, vpc_id: { vpc_id: VPC_B } },
    inPlace: { deregistration_delay: { deregistration_delay: '30' } },
  },
  aws_s3_bucket: { base: { bucket: 'a-bucket' }, replaces: { bucket: { bucket: 'b-bucket' } }, inPlace: { force_destroy: { force_destroy: true } } },
  aws_eks_cluster: {
    base: {
      name: 'platform', role_arn: ROLE_A, version: '1.33', bootstrap_self_managed_addons: true,
      vpc_config: [{ subnet_ids: ['subnet-1', 'subnet-2'], security_group_ids: ['sg-1'], endpoint_public_access: false, endpoint_private_access: true }],
      encryption_config: [{ resources: ['secrets'], provider: [{ key_arn: KEY_A }] }],
      kubernetes_network_config: [{ service_ipv4_cidr: '172.20.0.0/16', ip_family: 'ipv4' }],
    },
    replaces: {
      name: { name: 'platform-2' }, role_arn: { role_arn: ROLE_B },
      'kubernetes_network_config.service_ipv4_cidr': { kubernetes_network_config: [{ service_ipv4_cidr: '172.21.0.0/16', ip_family: 'ipv4' }] },
    },
    // hashicorp/aws 5.x updates subnets, security groups and the secrets key in place (EKS may still
    // refuse a key change at apply time); the table follows what Terraform plans.
    inPlace: {
      'vpc_config.subnet_ids': { vpc_config: [{ subnet_ids: ['subnet-1', 'subnet-3'], security_group_ids: ['sg-1'], endpoint_public_access: false, endpoint_private_access: true }] },
      'vpc_config.security_group_ids': { vpc_config: [{ subnet_ids: ['subnet-1', 'subnet-2'], security_group_ids: ['sg-2'], endpoint_public_access: false, endpoint_private_access: true }] },
      'encryption_config.provider.key_arn': { encryption_config: [{ resources: ['secrets'], provider: [{ key_arn: KEY_B }] }] },
      version: { version: '1.34' },
      'vpc_config.endpoint_public_access': { vpc_config: [{ subnet_ids: ['subnet-1', 'subnet-2'], security_group_ids: ['sg-1'], endpoint_public_access: true, endpoint_private_access: true }] },
    },
  },
  aws_eks_node_group: {
    base: {
      cluster_name: 'platform', node_group_name: 'a', node_role_arn: ROLE_A, subnet_ids: ['subnet-1'], ami_type: 'BOTTLEROCKET_ARM_64',
      capacity_type: 'ON_DEMAND', instance_types: ['m7g.xlarge'], disk_size: 50, scaling_config: [{ min_size: 2, desired_size: 2, max_size: 6 }],
    },
    replaces: {
      cluster_name: { cluster_name: 'other' }, node_group_name: { node_group_name: 'b' }, node_role_arn: { node_role_arn: ROLE_B },
      subnet_ids: { subnet_ids: ['subnet-2'] }, ami_type: { ami_type: 'AL2023_ARM_64_STANDARD' }, capacity_type: { capacity_type: 'SPOT' },
      instance_types: { instance_types: ['m7g.2xlarge'] }, disk_size: { disk_size: 100 },
    },
    inPlace: { scaling_config: { scaling_config: [{ min_size: 3, desired_size: 3, max_size: 9 }] }, labels: { labels: { a: 'b' } } },
  },
  aws_eks_addon: { base: { cluster_name: 'platform', addon_name: 'coredns' }, replaces: { cluster_name: { cluster_name: 'other' }, addon_name: { addon_name: 'kube-proxy' } }, inPlace: { addon_version: { addon_version: 'v1.12.1-eksbuild.2' } } },
  aws_eks_access_entry: {
    base: { cluster_name: 'platform', principal_arn: ROLE_A, type: 'STANDARD' },
    replaces: { cluster_name: { cluster_name: 'other' }, principal_arn: { principal_arn: ROLE_B }, type: { type: 'EC2_LINUX' } },
    inPlace: { kubernetes_groups: { kubernetes_groups: ['x'] } },
  },
  aws_eks_access_policy_association: {
    base: { cluster_name: 'platform', principal_arn: ROLE_A, policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', access_scope: [{ type: 'cluster' }] },
    replaces: { cluster_name: { cluster_name: 'other' }, principal_arn: { principal_arn: ROLE_B }, policy_arn: { policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy' } },
  },
  aws_launch_template: { base: { name: 'nodes-a' }, replaces: { name: { name: 'nodes-b' } }, inPlace: { user_data: { user_data: 'eA==' } } },
};
