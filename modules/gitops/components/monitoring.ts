import { Construct } from 'constructs';
import { Environment } from '../../environment/load';
import { FLUX_NAMESPACE } from '../flux/api-versions';
import { HelmRelease } from '../flux/helm-release';
import { OCIRepository } from '../flux/oci-repository';
import { platformLabels } from '../kubernetes-object';
import { namespace } from '../kubernetes/core';
import { prometheusRule } from '../kubernetes/monitoring';
import { encryptedGp3StorageClass } from '../kubernetes/storage';
import { Manifest } from '../manifest';
import { kubePrometheusStackValues } from './monitoring-values';
import { PLATFORM_ALERT_GROUPS } from './platform-alert-rules';

export const MONITORING = 'monitoring';
/** Storage class of Prometheus and Alertmanager volumes: each volume is created in its pod's zone. */
export const MONITORING_STORAGE_CLASS = 'monitoring-gp3';

export interface MonitoringProps {
  readonly environment: Environment;
}

/**
 * Prometheus, Alertmanager and Grafana (kube-prometheus-stack, from its OCI chart), with replicas
 * spread over the three zones and their volumes following them, plus alert rules for the platform.
 */
export class Monitoring extends Construct {
  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { environment } = props;
    const settings = environment.gitops.monitoring;
    const component = MONITORING;
    const labels = platformLabels(component);

    // node-exporter needs the host's network and PID namespaces.
    new Manifest(this, 'Namespace', { layer: 'infra-controllers', component, object: namespace({ name: MONITORING, labels }, 'privileged') });
    new Manifest(this, 'StorageClass', {
      layer: 'infra-controllers',
      component,
      object: encryptedGp3StorageClass({ name: MONITORING_STORAGE_CLASS, labels }, environment.deletionProtection ? 'Retain' : 'Delete'),
    });
    new OCIRepository(this, 'Chart', {
      layer: 'infra-controllers',
      component,
      metadata: { name: 'kube-prometheus-stack', namespace: FLUX_NAMESPACE, labels },
      url: 'oci://ghcr.io/prometheus-community/charts/kube-prometheus-stack',
      tag: settings.chartVersion,
      helmChart: true,
    });
    new HelmRelease(this, 'Release', {
      layer: 'infra-controllers',
      component,
      metadata: { name: 'kube-prometheus-stack', namespace: FLUX_NAMESPACE, labels },
      targetNamespace: MONITORING,
      chart: { kind: 'OCIRepository', repository: { name: 'kube-prometheus-stack' } },
      intervalMinutes: environment.gitops.reconcileIntervalMinutes,
      timeoutMinutes: 15,
      values: kubePrometheusStackValues(settings, MONITORING_STORAGE_CLASS),
    });
    new Manifest(this, 'PlatformAlerts', {
      layer: 'infra-configs',
      component,
      object: prometheusRule({ name: 'platform', namespace: MONITORING, labels }, PLATFORM_ALERT_GROUPS),
    });
  }
}
