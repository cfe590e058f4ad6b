import { CONTROLLER_SERVICE_ACCOUNTS } from '../../contracts/service-accounts';
import { ContainerResources } from '../../environment/gitops-schema';
import { containerResources, zoneSpread } from './component';

/** Helm values of the aws-load-balancer-controller chart (eks-charts). */
export function awsLoadBalancerControllerValues(settings: { readonly replicas: number; readonly resources: ContainerResources }): Record<string, unknown> {
  const account = CONTROLLER_SERVICE_ACCOUNTS.awsLoadBalancerController;
  return {
    clusterName: '${CLUSTER_NAME}',
    region: '${AWS_REGION}',
    vpcId: '${VPC_ID}',
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
