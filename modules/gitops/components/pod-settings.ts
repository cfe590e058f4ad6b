import { ContainerResources } from '../../environment/gitops-schema';

/** Kubernetes `resources` of a container from the settings' CPU and memory figures. */
export function containerResources(resources: ContainerResources): Record<string, unknown> {
  return {
    requests: { cpu: `${resources.cpuMillicores}m`, memory: `${resources.memoryMib}Mi` },
    limits: { memory: `${resources.memoryLimitMib}Mi` },
  };
}

/** Spreads a workload's pods over the zones, and only then over nodes. */
export function zoneSpread(matchLabels: Record<string, string>): Record<string, unknown>[] {
  return [
    { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels } },
    { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels } },
  ];
}
