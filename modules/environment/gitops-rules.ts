import type { SettingsIssue } from './rules';

type Raw = Record<string, any>;
const asObject = (value: unknown): Raw => (value !== null && typeof value === 'object' ? (value as Raw) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Rules between `gitops` and the rest of the settings. Like rules.ts they read the raw input
 * defensively, so they run even when other fields failed the schema.
 */
export function gitopsIssues(raw: Raw): SettingsIssue[] {
  const controller = asObject(asObject(raw.gitops).awsLoadBalancerController);
  const targetGroups = asArray(asObject(raw.loadBalancer).targetGroups).map((group) => asObject(group).name);
  const tenants = asArray(raw.tenants).map((tenant) => asObject(tenant).name);
  const issues: SettingsIssue[] = [];
  const bound = new Set<unknown>();
  asArray(controller.targetGroupBindings).forEach((entry, index) => {
    const binding = asObject(entry);
    const field = `gitops.awsLoadBalancerController.targetGroupBindings.${index}`;
    if (typeof binding.targetGroup === 'string' && !targetGroups.includes(binding.targetGroup)) {
      issues.push({ field: `${field}.targetGroup`, message: `"${binding.targetGroup}" is not a target group of loadBalancer.targetGroups; use one of ${targetGroups.join(', ')}` });
    }
    if (typeof binding.namespace === 'string' && !tenants.includes(binding.namespace)) {
      issues.push({ field: `${field}.namespace`, message: `"${binding.namespace}" is not a tenant; a TargetGroupBinding lives in its Service's tenant namespace: use one of ${tenants.join(', ')}` });
    }
    if (bound.has(binding.targetGroup)) {
      issues.push({ field: `${field}.targetGroup`, message: `target group "${binding.targetGroup}" is bound twice; bind each target group to one Service` });
    }
    bound.add(binding.targetGroup);
  });
  if (controller.enabled === false && asArray(controller.targetGroupBindings).length > 0) {
    issues.push({ field: 'gitops.awsLoadBalancerController.enabled', message: 'is false but targetGroupBindings are set; TargetGroupBindings need the controller, so enable it or remove the bindings' });
  }
  return issues;
}
