import { AlertRule } from '../kubernetes/monitoring';

/**
 * Alerts on the platform itself: delivery (Flux, through the `gotk_resource_info` metric that
 * flux-state-metrics.ts configures), the shared controllers, nodes and storage. Rules
 * on the workloads belong to the tenants. `{{ $labels.x }}` is Prometheus templating: a single `$`
 * is not a Flux variable, so it survives post-build substitution.
 */
export const PLATFORM_ALERT_GROUPS: readonly { readonly name: string; readonly rules: readonly AlertRule[] }[] = [
  {
    name: 'platform.flux',
    rules: [
      {
        alert: 'FluxReconciliationFailing',
        expr: 'max by (exported_namespace, name, customresource_kind) (gotk_resource_info{ready="False"}) == 1',
        for: '15m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'Flux cannot reconcile {{ $labels.customresource_kind }} {{ $labels.exported_namespace }}/{{ $labels.name }}',
          description: 'The object has not been Ready for 15 minutes; `flux get all -A` shows the reason.',
        },
      },
      {
        alert: 'FluxObjectSuspended',
        expr: 'max by (exported_namespace, name, customresource_kind) (gotk_resource_info{suspended="true"}) == 1',
        for: '2h',
        labels: { severity: 'warning' },
        annotations: {
          summary: '{{ $labels.customresource_kind }} {{ $labels.exported_namespace }}/{{ $labels.name }} has been suspended for 2 hours',
          description: 'A suspended object no longer follows Git; resume it or remove it from the repository.',
        },
      },
    ],
  },
  {
    name: 'platform.controllers',
    rules: [
      {
        alert: 'PlatformControllerDown',
        expr: 'sum by (namespace, deployment) (kube_deployment_status_replicas_available{namespace=~"kube-system|external-dns|logging|monitoring|flux-system"}) == 0',
        for: '10m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'No replica of {{ $labels.namespace }}/{{ $labels.deployment }} is available',
          description: 'A platform controller has had no available replica for 10 minutes.',
        },
      },
      {
        alert: 'FluentBitOutputErrors',
        expr: 'sum by (pod) (rate(fluentbit_output_errors_total[5m])) > 0',
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'Fluent Bit {{ $labels.pod }} fails to ship logs to OpenSearch',
          description: 'Output errors for 15 minutes: check the IRSA role and the OpenSearch domain access policy.',
        },
      },
    ],
  },
  {
    name: 'platform.capacity',
    rules: [
      {
        alert: 'NodeNotReady',
        expr: 'kube_node_status_condition{condition="Ready",status="true"} == 0',
        for: '10m',
        labels: { severity: 'critical' },
        annotations: { summary: 'Node {{ $labels.node }} is not Ready', description: 'The node has not been Ready for 10 minutes.' },
      },
      {
        alert: 'PersistentVolumeFillingUp',
        expr: 'kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes < 0.10',
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is over 90% full',
          description: 'Expand the claim (the storage class allows it) or lower the retention.',
        },
      },
      {
        alert: 'TenantQuotaNearlyExhausted',
        expr: 'kube_resourcequota{type="used"} / ignoring(type) kube_resourcequota{type="hard"} > 0.9',
        for: '30m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'Namespace {{ $labels.namespace }} uses over 90% of its {{ $labels.resource }} quota',
          description: 'New pods will be rejected soon; raise the tenant quota in the environment settings or scale down.',
        },
      },
    ],
  },
];
