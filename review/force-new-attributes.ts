/**
 * Attributes whose change makes Terraform replace the resource ("Forces new resource" in the provider
 * documentation, RequiresReplace in the provider's schema code), for the resource types this SDK emits.
 * Paths use the synthesized JSON's attribute names with blocks joined by dots and list indices left out
 * (`vpc_config.subnet_ids`). `source` is the documentation each entry was taken from; the AWS entries
 * were also checked against hashicorp/aws 5.100.0 itself by `scripts/verify-force-new.sh`, which plans
 * each change offline and reads the replace paths Terraform reports.
 */
export interface ForceNewEntry {
  readonly source: string;
  readonly attributes: readonly string[];
}

const aws = (name: string) => `https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/${name}`;
const kubernetes = (name: string) => `https://registry.terraform.io/providers/hashicorp/kubernetes/2.38.0/docs/resources/${name}`;

export const FORCE_NEW_ATTRIBUTES: Readonly<Record<string, ForceNewEntry>> = {
  // ---- data services
  aws_db_instance: {
    source: aws('db_instance'),
    attributes: [
      // Not `identifier`: hashicorp/aws 5.x renames an instance in place (its endpoint changes).
      'availability_zone', 'character_set_name', 'custom_iam_instance_profile', 'db_name', 'engine', 'kms_key_id', 'nchar_character_set_name', 'restore_to_point_in_time', 's3_import',
      'snapshot_identifier', 'storage_encrypted', 'timezone', 'username',
    ],
  },
  aws_db_subnet_group: { source: aws('db_subnet_group'), attributes: ['name', 'name_prefix'] },
  aws_db_parameter_group: { source: aws('db_parameter_group'), attributes: ['description', 'family', 'name', 'name_prefix'] },
  aws_opensearch_domain: {
    source: aws('opensearch_domain'),
    attributes: ['domain_name', 'encrypt_at_rest.kms_key_id'],
  },
  // ---- security
  aws_kms_key: {
    source: aws('kms_key'),
    attributes: ['custom_key_store_id', 'customer_master_key_spec', 'key_usage', 'multi_region', 'xks_key_id'],
  },
  aws_kms_alias: { source: aws('kms_alias'), attributes: ['name', 'name_prefix'] },
  aws_secretsmanager_secret: { source: aws('secretsmanager_secret'), attributes: ['name', 'name_prefix'] },
  aws_iam_role: { source: aws('iam_role'), attributes: ['name', 'name_prefix', 'path'] },
  aws_iam_role_policy: { source: aws('iam_role_policy'), attributes: ['name', 'name_prefix', 'role'] },
  aws_iam_role_policy_attachment: { source: aws('iam_role_policy_attachment'), attributes: ['policy_arn', 'role'] },
  aws_iam_policy: { source: aws('iam_policy'), attributes: ['name', 'name_prefix', 'path'] },
  aws_iam_openid_connect_provider: { source: aws('iam_openid_connect_provider'), attributes: ['url'] },
  // ---- registry and DNS
  aws_ecr_repository: {
    source: aws('ecr_repository'),
    attributes: ['encryption_configuration.encryption_type', 'encryption_configuration.kms_key', 'name'],
  },
  aws_ecr_lifecycle_policy: { source: aws('ecr_lifecycle_policy'), attributes: ['repository'] },
  aws_route53_zone: { source: aws('route53_zone'), attributes: ['delegation_set_id', 'name'] },
  aws_route53_record: { source: aws('route53_record'), attributes: ['allow_overwrite', 'name', 'zone_id'] },
  aws_acm_certificate: {
    source: aws('acm_certificate'),
    attributes: ['certificate_authority_arn', 'domain_name', 'key_algorithm', 'subject_alternative_names', 'validation_method'],
  },
  aws_acm_certificate_validation: { source: aws('acm_certificate_validation'), attributes: ['certificate_arn', 'validation_record_fqdns'] },
  // ---- network
  aws_vpc: { source: aws('vpc'), attributes: ['cidr_block', 'ipv4_ipam_pool_id', 'ipv4_netmask_length'] },
  aws_subnet: {
    source: aws('subnet'),
    attributes: ['availability_zone', 'availability_zone_id', 'cidr_block', 'outpost_arn', 'vpc_id'],
  },
  aws_route_table: { source: aws('route_table'), attributes: ['vpc_id'] },
  aws_route: { source: aws('route'), attributes: ['destination_cidr_block', 'destination_ipv6_cidr_block', 'destination_prefix_list_id', 'route_table_id'] },
  aws_route_table_association: { source: aws('route_table_association'), attributes: ['gateway_id', 'subnet_id'] },
  aws_nat_gateway: {
    source: aws('nat_gateway'),
    attributes: ['allocation_id', 'connectivity_type', 'private_ip', 'subnet_id'],
  },
  aws_eip: { source: aws('eip'), attributes: ['address', 'customer_owned_ipv4_pool', 'ipam_pool_id', 'network_border_group', 'public_ipv4_pool'] },
  aws_security_group: { source: aws('security_group'), attributes: ['description', 'name', 'name_prefix', 'vpc_id'] },
  aws_vpc_security_group_ingress_rule: { source: aws('vpc_security_group_ingress_rule'), attributes: ['security_group_id'] },
  aws_vpc_security_group_egress_rule: { source: aws('vpc_security_group_egress_rule'), attributes: ['security_group_id'] },
  aws_vpc_endpoint: { source: aws('vpc_endpoint'), attributes: ['service_name', 'vpc_endpoint_type', 'vpc_id'] },
  aws_flow_log: {
    source: aws('flow_log'),
    attributes: [
      'deliver_cross_account_role', 'eni_id', 'iam_role_arn', 'log_destination', 'log_destination_type', 'log_format',
      'max_aggregation_interval', 'subnet_id', 'traffic_type', 'vpc_id',
    ],
  },
  aws_cloudwatch_log_group: { source: aws('cloudwatch_log_group'), attributes: ['log_group_class', 'name', 'name_prefix'] },
  // ---- load balancing
  aws_lb: { source: aws('lb'), attributes: ['internal', 'load_balancer_type', 'name', 'name_prefix'] },
  aws_lb_target_group: {
    source: aws('lb_target_group'),
    attributes: ['ip_address_type', 'name', 'name_prefix', 'port', 'protocol', 'protocol_version', 'target_type', 'vpc_id'],
  },
  aws_lb_listener: { source: aws('lb_listener'), attributes: ['load_balancer_arn'] },
  aws_lb_listener_rule: { source: aws('lb_listener_rule'), attributes: ['listener_arn'] },
  aws_s3_bucket: { source: aws('s3_bucket'), attributes: ['bucket', 'bucket_prefix', 'object_lock_enabled'] },
  // ---- EKS
  aws_eks_cluster: {
    source: aws('eks_cluster'),
    // Not vpc_config.subnet_ids/security_group_ids nor encryption_config: hashicorp/aws 5.100.0 plans them in place.
    attributes: [
      'access_config.bootstrap_cluster_creator_admin_permissions', 'bootstrap_self_managed_addons', 'kubernetes_network_config.ip_family',
      'kubernetes_network_config.service_ipv4_cidr', 'name', 'outpost_config', 'role_arn',
    ],
  },
  aws_eks_node_group: {
    source: aws('eks_node_group'),
    attributes: [
      'ami_type', 'capacity_type', 'cluster_name', 'disk_size', 'instance_types', 'launch_template.id', 'launch_template.name',
      'node_group_name', 'node_group_name_prefix', 'node_role_arn', 'remote_access', 'subnet_ids',
    ],
  },
  aws_eks_addon: { source: aws('eks_addon'), attributes: ['addon_name', 'cluster_name'] },
  aws_eks_access_entry: { source: aws('eks_access_entry'), attributes: ['cluster_name', 'principal_arn', 'type'] },
  aws_eks_access_policy_association: { source: aws('eks_access_policy_association'), attributes: ['cluster_name', 'policy_arn', 'principal_arn'] },
  aws_eks_pod_identity_association: { source: aws('eks_pod_identity_association'), attributes: ['cluster_name', 'namespace', 'service_account'] },
  aws_launch_template: { source: aws('launch_template'), attributes: ['name', 'name_prefix'] },
  // ---- Kubernetes, Helm, Flux: a changed identity (kind, name, namespace) is another object
  kubernetes_manifest: {
    source: kubernetes('manifest'),
    attributes: ['manifest.apiVersion', 'manifest.kind', 'manifest.metadata.name', 'manifest.metadata.namespace'],
  },
  kubernetes_namespace: { source: kubernetes('namespace'), attributes: ['metadata.name'] },
  kubernetes_namespace_v1: { source: kubernetes('namespace_v1'), attributes: ['metadata.name'] },
  kubernetes_config_map: { source: kubernetes('config_map'), attributes: ['metadata.name', 'metadata.namespace'] },
  kubernetes_config_map_v1: { source: kubernetes('config_map_v1'), attributes: ['metadata.name', 'metadata.namespace'] },
  kubernetes_service_account: { source: kubernetes('service_account'), attributes: ['metadata.name', 'metadata.namespace'] },
  kubernetes_service_account_v1: { source: kubernetes('service_account_v1'), attributes: ['metadata.name', 'metadata.namespace'] },
  kubernetes_secret: { source: kubernetes('secret'), attributes: ['metadata.name', 'metadata.namespace', 'type'] },
  kubernetes_secret_v1: { source: kubernetes('secret_v1'), attributes: ['metadata.name', 'metadata.namespace', 'type'] },
  helm_release: { source: 'https://registry.terraform.io/providers/hashicorp/helm/3.1.1/docs/resources/release', attributes: ['name', 'namespace'] },
  flux_bootstrap_git: {
    // RequiresReplace plan modifiers in internal/provider/resource_bootstrap_git.go of fluxcd/terraform-provider-flux.
    source: 'https://registry.terraform.io/providers/fluxcd/flux/latest/docs/resources/bootstrap_git',
    attributes: ['branch', 'namespace', 'secret_name'],
  },
  // ---- Terraform Cloud bootstrap
  tfe_workspace: { source: 'https://registry.terraform.io/providers/hashicorp/tfe/latest/docs/resources/workspace', attributes: ['organization'] },
};
