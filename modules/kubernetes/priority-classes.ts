import { Construct } from 'constructs';
import { PriorityClassV1 } from '@cdktf/provider-kubernetes/lib/priority-class-v1';

export type PriorityClassName = 'platform-critical' | 'business-critical' | 'low';

export interface PriorityClassSpec {
  readonly value: number;
  readonly description: string;
  readonly preemptionPolicy: 'PreemptLowerPriority' | 'Never';
}

/**
 * Evicted last to first: platform controllers, then business workloads, then batch and best-effort
 * work. All below Kubernetes' own system-cluster-critical (2000000000); pods without a class get 0.
 */
export const PRIORITY_CLASSES: Readonly<Record<PriorityClassName, PriorityClassSpec>> = {
  'platform-critical': { value: 1000000, description: 'Platform controllers: ingress binding, DNS, logging, GitOps', preemptionPolicy: 'PreemptLowerPriority' },
  'business-critical': { value: 100000, description: 'Customer-facing workloads', preemptionPolicy: 'PreemptLowerPriority' },
  low: { value: -1000, description: 'Batch and best-effort work, evicted first; never preempts', preemptionPolicy: 'Never' },
};

/** The platform's PriorityClasses (see PRIORITY_CLASSES). */
export class PriorityClasses extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Object.entries(PRIORITY_CLASSES).forEach(([name, spec]) => {
      new PriorityClassV1(this, name.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join(''), {
        metadata: { name },
        value: spec.value,
        description: spec.description,
        preemptionPolicy: spec.preemptionPolicy,
        globalDefault: false,
      });
    });
  }
}
