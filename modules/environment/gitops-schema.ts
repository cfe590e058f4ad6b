import { z } from 'zod';

/**
 * The `gitops` part of an environment's settings: which shared components run, at which chart
 * version, with how many replicas and how much CPU and memory. Promoting a component from test to
 * prod is changing its `chartVersion` in environments/prod.ts.
 */

const chartVersion = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/, { error: 'must be an exact chart version such as 1.13.4 (no ranges: promotion is a one-line version change)' });
const replicas = z.number().int().min(1, { error: 'must be at least 1 replica' }).max(10, { error: 'must be at most 10 replicas' });
const dnsLabel = z.string().regex(/^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$/, { error: 'must be a DNS label: lower-case letters, digits and "-", starting with a letter' });

/** Requests and limits of one container; CPU in millicores, memory in MiB. */
const resources = z.strictObject({
  cpuMillicores: z.number().int().min(10),
  memoryMib: z.number().int().min(32),
  /** Memory limit; CPU is not limited, to avoid throttling. */
  memoryLimitMib: z.number().int().min(32),
});

const component = {
  enabled: z.boolean(),
  chartVersion,
};

const targetGroupBinding = z.strictObject({
  /** Name of a target group in loadBalancer.targetGroups. */
  targetGroup: dnsLabel,
  /** A tenant's namespace: the Service and its pods live there. */
  namespace: dnsLabel,
  serviceName: dnsLabel,
  servicePort: z.number().int().min(1).max(65535),
});

export const gitopsSchema = z.strictObject({
  /** How often Flux reconciles the layers, in minutes. */
  reconcileIntervalMinutes: z.number().int().min(1).max(60).default(10),
  awsLoadBalancerController: z.strictObject({
    ...component,
    replicas: replicas.default(2),
    resources,
    /** Services bound to the network stack's target groups. */
    targetGroupBindings: z.array(targetGroupBinding).default([]),
    /** Ingresses of class `alb` share one internal ALB of this group name. */
    ingressGroupName: dnsLabel.default('shared-internal'),
  }),
  externalDns: z.strictObject({
    ...component,
    resources,
    /** `sync` deletes records it no longer sees; `upsert-only` never deletes. */
    policy: z.enum(['sync', 'upsert-only']),
  }),
  monitoring: z.strictObject({
    ...component,
    prometheus: z.strictObject({
      replicas: replicas,
      retentionDays: z.number().int().min(1).max(90),
      storageGib: z.number().int().min(10),
      resources,
    }),
    grafana: z.strictObject({ replicas: replicas, resources }),
    alertmanager: z.strictObject({ replicas: replicas }),
  }),
  logging: z.strictObject({
    ...component,
    resources,
    /** OpenSearch index prefix; one index per day. */
    indexPrefix: dnsLabel.default('logs'),
  }),
  /** Defaults for tenant containers that state no resources (LimitRange). */
  tenantContainerDefaults: z.strictObject({ cpuMillicores: z.number().int().min(10), memoryMib: z.number().int().min(32) }).default({ cpuMillicores: 100, memoryMib: 128 }),
});

export type GitopsSettings = z.output<typeof gitopsSchema>;
export type ContainerResources = z.output<typeof resources>;
