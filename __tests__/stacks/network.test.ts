import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { resourceList, resourcesOf, SynthesizedPlatform, synthShipped } from '../support/synth';

const synthesized: Record<'test' | 'prod', SynthesizedPlatform> = { test: synthShipped('test'), prod: synthShipped('prod') };
const network = (name: 'test' | 'prod') => synthesized[name].network;

describe.each(['test', 'prod'] as const)('network stack of %s', (name) => {
  const stack = network(name);
  const environment = synthesized[name].environment;

  test('matches the reviewed snapshot', () => {
    expect(stack.config).toMatchSnapshot();
  });

  test('spreads three private subnets over three distinct zones', () => {
    const privateSubnets = resourceList(stack, 'aws_subnet').filter((subnet) => subnet.tags.tier === 'private');
    expect(privateSubnets).toHaveLength(3);
    expect(new Set(privateSubnets.map((subnet) => subnet.availability_zone))).toEqual(new Set(environment.availabilityZones));
    expect(privateSubnets.map((subnet) => subnet.cidr_block)).toEqual(environment.subnets.private);
  });

  test('tags subnets for the load balancer controller', () => {
    const subnets = resourceList(stack, 'aws_subnet');
    const tagged = (tier: string, tag: string) => subnets.filter((subnet) => subnet.tags.tier === tier && subnet.tags[tag] === '1');
    expect(tagged('public', 'kubernetes.io/role/elb')).toHaveLength(3);
    expect(tagged('private', 'kubernetes.io/role/internal-elb')).toHaveLength(3);
  });

  test('gives database subnets no route to the internet', () => {
    const routes = resourceList(stack, 'aws_route');
    const databaseTable = Object.keys(resourcesOf(stack, 'aws_route_table')).find((id) => id.includes('DatabaseRouteTable'))!;
    expect(databaseTable).toBeDefined();
    expect(routes.filter((route) => route.route_table_id.includes(databaseTable))).toEqual([]);
  });

  test('logs every flow of the VPC to an encrypted log group', () => {
    expect(stack.json).toHaveResourceWithProperties(FlowLog, { traffic_type: 'ALL', log_destination_type: 'cloud-watch-logs' });
    const logGroup = resourceList(stack, 'aws_cloudwatch_log_group')[0];
    expect(logGroup.kms_key_id).toMatch(/^\$\{aws_kms_key\./);
  });

  test('has the gateway and interface endpoints the cluster needs', () => {
    const services = resourceList(stack, 'aws_vpc_endpoint').map((endpoint) => endpoint.service_name.replace(`com.amazonaws.${environment.region}.`, ''));
    expect(services.sort()).toEqual(['ecr.api', 'ecr.dkr', 'logs', 's3', 'secretsmanager', 'sts']);
  });

  test('rotates every KMS key', () => {
    const keys = resourceList(stack, 'aws_kms_key');
    expect(keys.length).toBeGreaterThanOrEqual(3);
    keys.forEach((key) => expect(key.enable_key_rotation).toBe(true));
  });

  test('keeps the database encrypted, private, TLS-only and its password in Secrets Manager', () => {
    const [database] = resourceList(stack, 'aws_db_instance');
    expect(database).toMatchObject({
      storage_encrypted: true,
      manage_master_user_password: true,
      publicly_accessible: false,
      engine: environment.database.engine,
    });
    expect(database.kms_key_id).toMatch(/^\$\{aws_kms_key\./);
    expect(database).not.toHaveProperty('password');
    expect(database.db_subnet_group_name).toMatch(/aws_db_subnet_group\./);
    expect(stack.json).toHaveResourceWithProperties(DbParameterGroup, { parameter: [{ name: 'require_secure_transport', value: '1' }] });
  });

  test('admits database and search clients only from the cluster node security group', () => {
    const rules = resourceList(stack, 'aws_vpc_security_group_ingress_rule').filter((rule) => [3306].includes(rule.from_port) || /search/i.test(rule.security_group_id));
    expect(rules.length).toBeGreaterThanOrEqual(2);
    rules.forEach((rule) => {
      expect(rule.referenced_security_group_id).toMatch(/NodeSecurityGroup/);
      expect(rule).not.toHaveProperty('cidr_ipv4');
    });
  });

  test('runs OpenSearch inside the VPC, encrypted, HTTPS-only with fine-grained access control', () => {
    const [domain] = resourceList(stack, 'aws_opensearch_domain');
    expect(domain.encrypt_at_rest.enabled).toBe(true);
    expect(domain.node_to_node_encryption.enabled).toBe(true);
    expect(domain.domain_endpoint_options).toEqual({ enforce_https: true, tls_security_policy: 'Policy-Min-TLS-1-2-PFS-2023-10' });
    expect(domain.advanced_security_options.enabled).toBe(true);
    expect(domain.vpc_options.subnet_ids.length).toBe(environment.search.zoneAwareness ? 3 : 1);
  });

  test('serves HTTPS on the public ALB and redirects HTTP to it', () => {
    const [loadBalancer] = resourceList(stack, 'aws_lb');
    expect(loadBalancer).toMatchObject({ internal: false, load_balancer_type: 'application', drop_invalid_header_fields: true });
    expect(loadBalancer.access_logs.enabled).toBe(true);
    const listeners = resourceList(stack, 'aws_lb_listener');
    expect(listeners.find((listener) => listener.port === 80).default_action[0].redirect).toMatchObject({ protocol: 'HTTPS', status_code: 'HTTP_301' });
    const https = listeners.find((listener) => listener.port === 443);
    expect(https.protocol).toBe('HTTPS');
    expect(https.certificate_arn).toMatch(/aws_acm_certificate_validation\./);
    expect(stack.json).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }],
    });
  });

  test('creates one IP target group per configured group for TargetGroupBinding', () => {
    const groups = resourceList(stack, 'aws_lb_target_group');
    expect(groups.map((group) => group.target_type)).toEqual(environment.loadBalancer.targetGroups.map(() => 'ip'));
    expect(Object.keys(synthesized[name].platform.network.outputs.targetGroupArns)).toEqual(environment.loadBalancer.targetGroups.map((group) => group.name));
  });

  test('every ECR repository scans on push, keeps tags immutable and encrypts with KMS', () => {
    const repositories = resourceList(stack, 'aws_ecr_repository');
    expect(repositories).toHaveLength(environment.containerRegistry.imageRepositories.length + environment.containerRegistry.chartRepositories.length);
    repositories.forEach((repository) => {
      expect(repository.image_scanning_configuration).toEqual({ scan_on_push: true });
      expect(repository.image_tag_mutability).toBe('IMMUTABLE');
      expect(repository.encryption_configuration[0].encryption_type).toBe('KMS');
    });
    expect(resourceList(stack, 'aws_ecr_lifecycle_policy')).toHaveLength(repositories.length);
  });

  test('creates the environment hosted zone', () => {
    expect(stack.json).toHaveResourceWithProperties(Route53Zone, { name: environment.dns.zoneName });
  });

  test('protects the public ALB with a WAF web ACL of AWS-managed rules, including the Log4j rules, and logs it', () => {
    const [acl] = resourceList(stack, 'aws_wafv2_web_acl');
    const groups = acl.rule.map((rule: any) => rule.statement.managed_rule_group_statement.name);
    expect(groups).toEqual(expect.arrayContaining(['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']));
    const [association] = resourceList(stack, 'aws_wafv2_web_acl_association');
    expect(association.resource_arn).toMatch(/^\$\{aws_lb\.PublicLoadBalancer_/);
    const [logging] = resourceList(stack, 'aws_wafv2_web_acl_logging_configuration');
    expect(logging.log_destination_configs[0]).toMatch(/^\$\{aws_cloudwatch_log_group\.WebAcl_LogGroup/);
  });

  test('publishes OpenSearch application, slow and audit logs and RDS enhanced monitoring', () => {
    const [domain] = resourceList(stack, 'aws_opensearch_domain');
    expect(domain.log_publishing_options.map((o: any) => o.log_type).sort()).toEqual(['AUDIT_LOGS', 'ES_APPLICATION_LOGS', 'INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS']);
    const [database] = resourceList(stack, 'aws_db_instance');
    expect(database.monitoring_interval).toBe(60);
    expect(database.monitoring_role_arn).toMatch(/^\$\{aws_iam_role\.Database_MonitoringRole/);
  });

  test('keys certificate validation records by domain name without tolist(), so a first plan knows them', () => {
    const [record] = Object.values(resourcesOf(stack, 'aws_route53_record')).filter((r: any) => r.for_each);
    expect(record.for_each).toMatch(/^\$\{\{ for option in aws_acm_certificate\.\w+\.domain_validation_options : option\.domain_name => option \}\}$/);
  });

  test('pins the AWS provider to the environment account and region', () => {
    expect(stack.json).toHaveProviderWithProperties(AwsProvider, { region: environment.region, allowed_account_ids: [environment.account] });
  });
});

describe('differences between test and prod come from their settings', () => {
  test('test has one NAT gateway, prod one per zone', () => {
    expect(resourceList(network('test'), 'aws_nat_gateway')).toHaveLength(1);
    expect(resourceList(network('prod'), 'aws_nat_gateway')).toHaveLength(3);
    const prodNatSubnets = resourceList(network('prod'), 'aws_nat_gateway').map((gateway) => gateway.subnet_id);
    expect(new Set(prodNatSubnets).size).toBe(3);
  });

  test('prod RDS is Multi-AZ with deletion protection and a final snapshot; test can be thrown away', () => {
    expect(network('prod').json).toHaveResourceWithProperties(DbInstance, {
      multi_az: true,
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: 'prod-platform-final',
    });
    expect(network('test').json).toHaveResourceWithProperties(DbInstance, { multi_az: false, deletion_protection: false, skip_final_snapshot: true });
  });

  test('prod OpenSearch is zone-aware over three zones', () => {
    const [domain] = resourceList(network('prod'), 'aws_opensearch_domain');
    expect(domain.cluster_config).toMatchObject({ zone_awareness_enabled: true, zone_awareness_config: { availability_zone_count: 3 } });
  });

  test('prod OpenSearch has three dedicated masters, test none', () => {
    const [prodDomain] = resourceList(network('prod'), 'aws_opensearch_domain');
    const [testDomain] = resourceList(network('test'), 'aws_opensearch_domain');
    expect(prodDomain.cluster_config).toMatchObject({ dedicated_master_enabled: true, dedicated_master_count: 3, dedicated_master_type: 'm7g.large.search' });
    expect(testDomain.cluster_config.dedicated_master_enabled).toBe(false);
  });

  test('prod ALB has deletion protection, test does not', () => {
    expect(resourceList(network('prod'), 'aws_lb')[0].enable_deletion_protection).toBe(true);
    expect(resourceList(network('test'), 'aws_lb')[0].enable_deletion_protection).toBe(false);
  });
});
