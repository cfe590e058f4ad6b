import { KubernetesObject, ObjectMeta } from '../kubernetes-object';

/** API of the AWS Load Balancer Controller's own kinds (elbv2.k8s.aws). */
export const ELBV2_API_VERSION = 'elbv2.k8s.aws/v1beta1';

export interface TargetGroupBindingObject extends KubernetesObject {
  readonly kind: 'TargetGroupBinding';
  readonly spec: {
    readonly targetGroupARN: string;
    readonly targetType: 'ip' | 'instance';
    readonly serviceRef: { readonly name: string; readonly port: number };
    readonly networking?: {
      readonly ingress: readonly {
        readonly from: readonly { readonly securityGroup: { readonly groupID: string } }[];
        readonly ports: readonly { readonly protocol: 'TCP'; readonly port: number }[];
      }[];
    };
  };
}

export interface TargetGroupBindingProps {
  /** `${ALB_TARGET_GROUP_ARN_<NAME>}`: the network stack owns the target group. */
  readonly targetGroupArn: string;
  readonly serviceName: string;
  readonly servicePort: number;
  /** The pods' container port the ALB reaches them on. */
  readonly targetPort: number;
  /** Security group of the ALB; the controller opens the pods' port to it. */
  readonly loadBalancerSecurityGroupId: string;
}

/** Registers a Service's pods (by IP) in a target group the controller does not own. */
export function targetGroupBinding(metadata: ObjectMeta, props: TargetGroupBindingProps): TargetGroupBindingObject {
  return {
    apiVersion: ELBV2_API_VERSION,
    kind: 'TargetGroupBinding',
    metadata,
    spec: {
      targetGroupARN: props.targetGroupArn,
      targetType: 'ip',
      serviceRef: { name: props.serviceName, port: props.servicePort },
      networking: {
        ingress: [{ from: [{ securityGroup: { groupID: props.loadBalancerSecurityGroupId } }], ports: [{ protocol: 'TCP', port: props.targetPort }] }],
      },
    },
  };
}

export interface IngressClassParamsObject extends KubernetesObject {
  readonly kind: 'IngressClassParams';
  readonly spec: { readonly scheme: 'internal' | 'internet-facing'; readonly group: { readonly name: string } };
}

/** Every Ingress of a class with these parameters joins one ALB (`group.name`), instead of one ALB each. */
export function ingressClassParams(metadata: ObjectMeta, groupName: string, scheme: 'internal' | 'internet-facing'): IngressClassParamsObject {
  return { apiVersion: ELBV2_API_VERSION, kind: 'IngressClassParams', metadata, spec: { scheme, group: { name: groupName } } };
}
