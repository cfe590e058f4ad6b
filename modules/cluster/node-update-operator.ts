import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { Release } from '@cdktf/provider-helm/lib/release';
import { CHARTS, PinnedChart } from './chart-versions';

export interface NodeUpdateOperatorProps {
  /** Nodes and DNS must run before charts can become ready. */
  readonly dependsOn: ITerraformDependable[];
  /** @default "brupop-bottlerocket-aws" */
  readonly namespace?: string;
  /** Priority class of cert-manager's pods. @default "platform-critical" */
  readonly priorityClassName?: string;
  /** Taint keys of the nodes: brupop's agent runs on every node, so it tolerates them. @default - none */
  readonly tolerationKeys?: string[];
}

/**
 * The Bottlerocket update operator (brupop) with the cert-manager it needs for its webhook
 * certificates: nodes labelled for brupop are drained and updated in waves, one at a time.
 */
export class NodeUpdateOperator extends Construct {
  constructor(scope: Construct, id: string, props: NodeUpdateOperatorProps) {
    super(scope, id);
    const namespace = props.namespace ?? 'brupop-bottlerocket-aws';
    const release = (releaseId: string, name: string, chart: PinnedChart, releaseNamespace: string, values: object, dependsOn: ITerraformDependable[]) =>
      new Release(this, releaseId, {
        name,
        repository: chart.repository,
        chart: chart.chart,
        version: chart.version,
        namespace: releaseNamespace,
        createNamespace: true,
        atomic: true,
        wait: true,
        values: [JSON.stringify(values)],
        dependsOn,
      });
    const certManager = release('CertManager', 'cert-manager', CHARTS.certManager, 'cert-manager', { crds: { enabled: true }, global: { priorityClassName: props.priorityClassName ?? 'platform-critical' } }, props.dependsOn);
    const shadow = release('BottlerocketShadow', 'brupop-crd', CHARTS.bottlerocketShadow, namespace, {}, props.dependsOn);
    const tolerations = (props.tolerationKeys ?? []).map((key) => ({ key, operator: 'Exists' }));
    release(
      'BottlerocketUpdateOperator',
      'brupop-operator',
      CHARTS.bottlerocketUpdateOperator,
      namespace,
      // One node at a time, cluster-wide: a wave never takes more than one node out of a zone.
      { namespace, max_concurrent_updates: '1', placement: { agent: { tolerations } } },
      [certManager, shadow],
    );
  }
}
