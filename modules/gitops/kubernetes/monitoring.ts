import { KubernetesObject, ObjectMeta } from '../kubernetes-object';

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  /** Prometheus duration, e.g. `10m`. */
  readonly for: string;
  readonly labels: { readonly severity: 'critical' | 'warning' } & Readonly<Record<string, string>>;
  readonly annotations: { readonly summary: string; readonly description: string };
}

export interface PrometheusRuleObject extends KubernetesObject {
  readonly kind: 'PrometheusRule';
  readonly spec: { readonly groups: readonly { readonly name: string; readonly rules: readonly AlertRule[] }[] };
}

export function prometheusRule(metadata: ObjectMeta, groups: PrometheusRuleObject['spec']['groups']): PrometheusRuleObject {
  return { apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata, spec: { groups } };
}
