import { KubernetesObject, ObjectMeta } from '../kubernetes-object';

export interface NetworkPolicyPeer {
  readonly podSelector?: { readonly matchLabels?: Readonly<Record<string, string>> };
  readonly namespaceSelector?: { readonly matchLabels?: Readonly<Record<string, string>> };
  readonly ipBlock?: { readonly cidr: string };
}

export interface NetworkPolicyPort {
  readonly protocol: 'TCP' | 'UDP';
  readonly port: number;
}

export interface NetworkPolicyRule {
  readonly from?: readonly NetworkPolicyPeer[];
  readonly to?: readonly NetworkPolicyPeer[];
  readonly ports?: readonly NetworkPolicyPort[];
}

export interface NetworkPolicyObject extends KubernetesObject {
  readonly kind: 'NetworkPolicy';
  readonly spec: {
    readonly podSelector: { readonly matchLabels?: Readonly<Record<string, string>> };
    readonly policyTypes: readonly ('Ingress' | 'Egress')[];
    readonly ingress?: readonly NetworkPolicyRule[];
    readonly egress?: readonly NetworkPolicyRule[];
  };
}

export interface NetworkPolicyProps {
  readonly ingress?: readonly NetworkPolicyRule[];
  readonly egress?: readonly NetworkPolicyRule[];
  /** Which directions the policy governs; a direction with no rules denies all. */
  readonly policyTypes: readonly ('Ingress' | 'Egress')[];
}

/** A policy for every pod of the namespace (the EKS VPC CNI enforces NetworkPolicy natively). */
export function networkPolicy(metadata: ObjectMeta, props: NetworkPolicyProps): NetworkPolicyObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata,
    spec: {
      podSelector: {},
      policyTypes: props.policyTypes,
      ...(props.ingress ? { ingress: props.ingress } : {}),
      ...(props.egress ? { egress: props.egress } : {}),
    },
  };
}

export interface IngressClassObject extends KubernetesObject {
  readonly kind: 'IngressClass';
  readonly spec: {
    readonly controller: string;
    readonly parameters?: { readonly apiGroup: string; readonly kind: string; readonly name: string };
  };
}

export function ingressClass(metadata: ObjectMeta, controller: string, parameters?: IngressClassObject['spec']['parameters']): IngressClassObject {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata, spec: { controller, ...(parameters ? { parameters } : {}) } };
}
