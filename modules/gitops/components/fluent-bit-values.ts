import { CONTROLLER_SERVICE_ACCOUNTS } from '../../contracts/service-accounts';
import { GitopsSettings } from '../../environment/gitops-schema';
import { containerResources } from './pod-settings';

/**
 * Fluent Bit configuration (classic format) shipped through the chart's `config` values. Container
 * logs are tailed from the node, enriched with Kubernetes metadata and sent to OpenSearch with
 * SigV4 (`AWS_Auth`), signed with the IRSA role the cluster stack grants on the domain.
 * `${OPENSEARCH_ENDPOINT}` and friends are Flux variables, substituted before Fluent Bit sees them.
 */
export function fluentBitValues(settings: GitopsSettings['logging']): Record<string, unknown> {
  const account = CONTROLLER_SERVICE_ACCOUNTS.fluentBit;
  return {
    serviceAccount: { create: true, name: account.name, annotations: { 'eks.amazonaws.com/role-arn': '${FLUENT_BIT_ROLE_ARN}' } },
    resources: containerResources(settings.resources),
    tolerations: [{ operator: 'Exists' }],
    serviceMonitor: { enabled: true },
    config: {
      service: [
        '[SERVICE]',
        '    Daemon Off',
        '    Flush 5',
        '    Log_Level info',
        '    Parsers_File /fluent-bit/etc/parsers.conf',
        '    HTTP_Server On',
        '    HTTP_Listen 0.0.0.0',
        '    HTTP_Port 2020',
        '    Health_Check On',
        '',
      ].join('\n'),
      inputs: [
        '[INPUT]',
        '    Name tail',
        '    Path /var/log/containers/*.log',
        '    multiline.parser cri, docker',
        '    Tag kube.*',
        '    Mem_Buf_Limit 50MB',
        '    Skip_Long_Lines On',
        '    DB /var/log/flb_kube.db',
        '',
      ].join('\n'),
      filters: [
        '[FILTER]',
        '    Name kubernetes',
        '    Match kube.*',
        '    Merge_Log On',
        '    Keep_Log Off',
        '    K8S-Logging.Parser On',
        '    K8S-Logging.Exclude On',
        '',
        '[FILTER]',
        '    Name record_modifier',
        '    Match *',
        '    Record cluster ${CLUSTER_NAME}',
        '    Record environment ${ENVIRONMENT}',
        '',
      ].join('\n'),
      outputs: [
        '[OUTPUT]',
        '    Name opensearch',
        '    Match kube.*',
        '    Host ${OPENSEARCH_ENDPOINT}',
        '    Port 443',
        '    tls On',
        '    AWS_Auth On',
        '    AWS_Region ${AWS_REGION}',
        '    Logstash_Format On',
        `    Logstash_Prefix ${settings.indexPrefix}-\${ENVIRONMENT}`,
        '    Suppress_Type_Name On',
        '    Replace_Dots On',
        '    Trace_Error On',
        '    Retry_Limit 5',
        '',
      ].join('\n'),
    },
  };
}
