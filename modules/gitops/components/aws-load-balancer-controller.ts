import { Construct } from 'constructs';
import { targetGroupArnKey } from '../../contracts/environment-config';
import { CONTROLLER_SERVICE_ACCOUNTS } from '../../contracts/service-accounts';
import { Environment } from '../../environment/load';
import { FLUX_NAMESPACE } from '../flux/api-versions';
import { HelmRelease } from '../flux/helm-release';
import { HelmRepository } from '../flux/helm-repository';
import { pascalCase } from '../../platform/construct-id';
import { platformLabels } from '../kubernetes-object';
import { ingressClassParams, targetGroupBinding } from '../kubernetes/elbv2';
import { ingressClass } from '../kubernetes/networking';
import { Manifest } from '../manifest';
import { AWS_LOAD_BALANCER_CONTROLLER_VALUES_FROM, awsLoadBalancerControllerValues } from './aws-load-balancer-controller-values';

export const AWS_LOAD_BALANCER_CONTROLLER = 'aws-load-balancer-controller';
/** The IngressClass whose Ingresses share one ALB. */
export const SHARED_INGRESS_CLASS = 'alb';

export interface AwsLoadBalancerControllerProps {
  readonly environment: Environment;
}

/**
 * The AWS Load Balancer Controller with the cluster stack's IRSA role. It binds Services to the
 * network stack's target groups (TargetGroupBinding: the ALB is not the controller's to delete), and
 * gives Ingresses of class `alb` one shared ALB through IngressClassParams `group.name`.
 */
export class AwsLoadBalancerController extends Construct {
  constructor(scope: Construct, id: string, props: AwsLoadBalancerControllerProps) {
    super(scope, id);
    const { environment } = props;
    const settings = environment.gitops.awsLoadBalancerController;
    const interval = environment.gitops.reconcileIntervalMinutes;
    const component = AWS_LOAD_BALANCER_CONTROLLER;
    const labels = platformLabels(component);

    new HelmRepository(this, 'Charts', {
      layer: 'infra-controllers',
      component,
      metadata: { name: 'eks-charts', namespace: FLUX_NAMESPACE, labels },
      url: 'https://aws.github.io/eks-charts',
    });
    new HelmRelease(this, 'Release', {
      layer: 'infra-controllers',
      component,
      metadata: { name: component, namespace: FLUX_NAMESPACE, labels },
      targetNamespace: CONTROLLER_SERVICE_ACCOUNTS.awsLoadBalancerController.namespace,
      chart: { kind: 'HelmRepository', repository: { name: 'eks-charts' }, chart: 'aws-load-balancer-controller', version: settings.chartVersion },
      values: awsLoadBalancerControllerValues(settings),
      valuesFrom: AWS_LOAD_BALANCER_CONTROLLER_VALUES_FROM,
      intervalMinutes: interval,
    });

    new Manifest(this, 'IngressClassParams', {
      layer: 'infra-configs',
      component,
      object: ingressClassParams({ name: settings.ingressGroupName, labels }, settings.ingressGroupName, 'internal'),
    });
    new Manifest(this, 'IngressClass', {
      layer: 'infra-configs',
      component,
      object: ingressClass({ name: SHARED_INGRESS_CLASS, labels }, 'ingress.k8s.aws/alb', {
        apiGroup: 'elbv2.k8s.aws',
        kind: 'IngressClassParams',
        name: settings.ingressGroupName,
      }),
    });

    for (const binding of settings.targetGroupBindings) {
      const targetGroup = environment.loadBalancer.targetGroups.find((group) => group.name === binding.targetGroup)!;
      new Manifest(this, `Binding${pascalCase(binding.targetGroup)}`, {
        // In the tenants layer: the binding lives in its Service's tenant namespace, created there.
        layer: 'tenants',
        component: 'target-group-bindings',
        object: targetGroupBinding(
          { name: binding.targetGroup, namespace: binding.namespace, labels },
          {
            targetGroupArn: `\${${targetGroupArnKey(binding.targetGroup)}}`,
            serviceName: binding.serviceName,
            servicePort: binding.servicePort,
            targetPort: targetGroup.port,
            loadBalancerSecurityGroupId: '${ALB_SECURITY_GROUP_ID}',
          },
        ),
      });
    }
  }
}
