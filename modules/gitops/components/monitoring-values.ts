import { GitopsSettings } from '../../environment/gitops-schema';
import { containerResources, zoneSpread } from './pod-settings';
import { fluxStateMetricsValues } from './flux-state-metrics';

/** Helm values of kube-prometheus-stack. */
export function kubePrometheusStackValues(settings: GitopsSettings['monitoring'], storageClassName: string): Record<string, unknown> {
  const volume = (storageGib: number) => ({
    volumeClaimTemplate: { spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: `${storageGib}Gi` } } } },
  });
  return {
    // EKS runs these on AWS-managed hosts: there is nothing to scrape.
    kubeControllerManager: { enabled: false },
    kubeScheduler: { enabled: false },
    kubeEtcd: { enabled: false },
    kubeProxy: { enabled: true },
    prometheus: {
      prometheusSpec: {
        replicas: settings.prometheus.replicas,
        retention: `${settings.prometheus.retentionDays}d`,
        resources: containerResources(settings.prometheus.resources),
        storageSpec: volume(settings.prometheus.storageGib),
        topologySpreadConstraints: zoneSpread({ 'app.kubernetes.io/name': 'prometheus' }),
        externalLabels: { cluster: '${CLUSTER_NAME}', environment: '${ENVIRONMENT}' },
        // Select every rule, monitor and probe, not only those labelled with this release.
        ruleSelectorNilUsesHelmValues: false,
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        probeSelectorNilUsesHelmValues: false,
      },
    },
    alertmanager: {
      alertmanagerSpec: {
        replicas: settings.alertmanager.replicas,
        storage: volume(5),
        topologySpreadConstraints: zoneSpread({ 'app.kubernetes.io/name': 'alertmanager' }),
      },
    },
    'kube-state-metrics': fluxStateMetricsValues(),
    grafana: {
      replicas: settings.grafana.replicas,
      resources: containerResources(settings.grafana.resources),
      topologySpreadConstraints: zoneSpread({ 'app.kubernetes.io/name': 'grafana' }),
      // The parent chart defaults to a well-known password; empty makes the grafana chart generate one
      // into its Secret, so no password is in code, state or Git.
      adminPassword: '',
      sidecar: { dashboards: { enabled: true, searchNamespace: 'ALL' } },
    },
  };
}
