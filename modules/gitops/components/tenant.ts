import { Construct } from 'constructs';
import { tenantRoleArnKey } from '../../contracts/environment-config';
import { tenantServiceAccount } from '../../contracts/service-accounts';
import { Environment } from '../../environment/load';
import { TenantSettings } from '../../environment/schema';
import { FLUX_NAMESPACE } from '../flux/api-versions';
import { GitRepository } from '../flux/git-repository';
import { HelmRepository } from '../flux/helm-repository';
import { Kustomization } from '../flux/kustomization';
import { pascalCase } from '../../platform/construct-id';
import { platformLabels } from '../kubernetes-object';
import { limitRange, namespace, resourceQuota, serviceAccount } from '../kubernetes/core';
import { roleBinding } from '../kubernetes/rbac';
import { Manifest } from '../manifest';
import { tenantNetworkPolicies } from './tenant-network-policies';

/** The ClusterRole a tenant's people and its Flux reconciler get inside the namespace (Flux aggregates its kinds into it). */
export const TENANT_CLUSTER_ROLE = 'edit';

/** Name of a tenant's Flux objects and impersonated account in flux-system. */
export function tenantFluxName(tenant: string): string {
  return `tenant-${tenant}`;
}

export interface TenantProps {
  readonly environment: Environment;
  readonly tenant: TenantSettings;
}

/**
 * One tenant: a namespace under Pod Security `restricted`, its group bound to `edit` there, a quota
 * and container defaults, deny-by-default networking, the `workload` account wired to the tenant's
 * IAM role, and Flux syncing the tenant's own repository into the namespace.
 *
 * Multi-tenancy lockdown: the tenant's GitRepository and Kustomization live in flux-system (where
 * the environment ConfigMap is, so `substituteFrom` can read it), are owned by the platform, and
 * apply as a service account that holds `edit` in the tenant's namespace only, with every object
 * forced into that namespace (`targetNamespace`).
 */
export class Tenant extends Construct {
  constructor(scope: Construct, id: string, props: TenantProps) {
    super(scope, id);
    const { environment, tenant } = props;
    const name = tenant.name;
    const component = name;
    const labels = { ...platformLabels('tenant'), 'platform.acme/tenant': name };
    const meta = (objectName: string) => ({ name: objectName, namespace: name, labels });
    const layer = 'tenants' as const;
    const fluxName = tenantFluxName(name);
    const add = (id: string, object: Manifest['object']) => new Manifest(this, id, { layer, component, object });

    add('Namespace', namespace({ name, labels }, 'restricted'));
    add('PeopleRoleBinding', roleBinding(meta('tenant-edit'), TENANT_CLUSTER_ROLE, [{ kind: 'Group', name: tenant.kubernetesGroup }]));
    add('ResourceQuota', resourceQuota(meta('tenant-quota'), tenant.quota));
    add('LimitRange', limitRange(meta('container-defaults'), environment.gitops.tenantContainerDefaults, tenant.quota));
    const targetPorts = environment.gitops.awsLoadBalancerController.targetGroupBindings
      .filter((binding) => binding.namespace === name)
      .map((binding) => environment.loadBalancer.targetGroups.find((group) => group.name === binding.targetGroup)!.port);
    tenantNetworkPolicies({
      namespace: name,
      labels,
      loadBalancerSubnetCidrs: environment.subnets.public,
      loadBalancerTargetPorts: targetPorts,
      vpcCidr: environment.network.vpcCidr,
    }).forEach((policy) => add(`NetworkPolicy${pascalCase(policy.metadata.name)}`, policy));
    const workload = tenantServiceAccount(name);
    add('WorkloadServiceAccount', serviceAccount({ name: workload.name, namespace: workload.namespace, labels }, `\${${tenantRoleArnKey(name)}}`));
    new HelmRepository(this, 'EcrCharts', {
      layer,
      component,
      metadata: meta('ecr'),
      url: 'oci://${ECR_REGISTRY}',
      provider: 'aws',
    });

    add('ReconcilerServiceAccount', serviceAccount({ name: fluxName, namespace: FLUX_NAMESPACE, labels }));
    add('ReconcilerRoleBinding', roleBinding(meta('flux-reconciler'), TENANT_CLUSTER_ROLE, [{ kind: 'ServiceAccount', name: fluxName, namespace: FLUX_NAMESPACE }]));
    new GitRepository(this, 'Repository', {
      layer,
      component,
      metadata: { name: fluxName, namespace: FLUX_NAMESPACE, labels },
      url: tenant.repository.url,
      branch: tenant.repository.branch,
      // Created out of band (deploy key from Secrets Manager); never in code or state.
      secretName: `${fluxName}-git`,
      intervalMinutes: environment.gitops.reconcileIntervalMinutes,
    });
    new Kustomization(this, 'Sync', {
      layer,
      component,
      metadata: { name: fluxName, namespace: FLUX_NAMESPACE, labels },
      sourceRef: { kind: 'GitRepository', name: fluxName },
      path: tenant.repository.path,
      serviceAccountName: fluxName,
      targetNamespace: name,
      intervalMinutes: environment.gitops.reconcileIntervalMinutes,
    });
  }
}
