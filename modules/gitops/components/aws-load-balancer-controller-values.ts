import { CONTROLLER_SERVICE_ACCOUNTS } from '../../contracts/service-accounts';
import { ContainerResources } from '../../environment/gitops-schema';
import { ENVIRONMENT_CONFIG_MAP } from '../../contracts/environment-config';
import { ValuesReference } from '../flux/helm-release';
import { containerResources, zoneSpread } from './pod-settings';

/**
 * The cluster facts the chart needs, read by helm-controller straight from the environment ConfigMap
 * (same namespace as the HelmRelease): no substitution involved, and the contract check covers the keys.
 */
export const AWS_LOAD_BALANCER_CONTROLLER_VALUES_FROM: readonly ValuesReference[] = [
  { kind: 'ConfigMap', name: ENVIRONMENT_CONFIG_MAP.name, valuesKey: 'CLUSTER_NAME', targetPath: 'clusterName' },
  { kind: 'ConfigMap', name: ENVIRONMENT_CONFIG_MAP.name, valuesKey: 'AWS_REGION', targetPath: 'region' },
  { kind: 'ConfigMap', name: ENVIRONMENT_CONFIG_MAP.name, valuesKey: 'VPC_ID', targetPath: 'vpcId' },
];

/** Helm values of the aws-load-balancer-controller chart (eks-charts). */
export function awsLoadBalancerControllerValues(settings: { readonly replicas: number; readonly resources: ContainerResources }): Record<string, unknown> {
  const account = CONTROLLER_SERVICE_ACCOUNTS.awsLoadBalancerController;
  return {
    replicaCount: settings.replicas,
    serviceAccount: { create: true, name: account.name, annotations: { 'eks.amazonaws.com/role-arn': '${AWS_LOAD_BALANCER_CONTROLLER_ROLE_ARN}' } },
    // The platform writes its own IngressClass and IngressClassParams (infra-configs), so they are reviewed objects.
    createIngressClassResource: false,
    // Services of type LoadBalancer stay with the platform's choice; tenants get no NLB by accident.
    enableServiceMutatorWebhook: false,
    resources: containerResources(settings.resources),
    podDisruptionBudget: { maxUnavailable: 1 },
    topologySpreadConstraints: zoneSpread({ 'app.kubernetes.io/name': 'aws-load-balancer-controller' }),
    serviceMonitor: { enabled: true },
  };
}
