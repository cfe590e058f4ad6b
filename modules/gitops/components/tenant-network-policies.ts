import { ObjectMeta } from '../kubernetes-object';
import { networkPolicy, NetworkPolicyObject } from '../kubernetes/networking';

/** Port of the MariaDB and MySQL engines the environment's database runs. */
const DATABASE_PORT = 3306;

export interface TenantNetworkPoliciesProps {
  readonly namespace: string;
  readonly labels: Record<string, string>;
  /** CIDRs of the VPC's public subnets, where the ALB's nodes are. */
  readonly loadBalancerSubnetCidrs: readonly string[];
  /** Container ports the ALB targets in this namespace (TargetGroupBindings); none opens no port. */
  readonly loadBalancerTargetPorts: readonly number[];
  readonly vpcCidr: string;
}

/**
 * Deny by default, then allow only: DNS to CoreDNS, traffic inside the namespace, the ALB to the
 * pods it targets, and the pods to the VPC's managed services (database, OpenSearch, VPC endpoints).
 *
 * The ALB targets pods by IP (TargetGroupBinding, target type ip), so packets reach a pod from the
 * ALB's own addresses, which sit in the public subnets. A NetworkPolicy matches addresses, not
 * security groups (the ALB's security group is enforced by the controller on the pods' ENIs, not
 * visible to the policy), so the rule admits the three public subnet CIDRs, on the bound target
 * ports only: narrower than the VPC CIDR, and nothing else lives in those subnets but the ALB and NAT.
 */
export function tenantNetworkPolicies(props: TenantNetworkPoliciesProps): NetworkPolicyObject[] {
  const meta = (name: string): ObjectMeta => ({ name, namespace: props.namespace, labels: props.labels });
  const sameNamespace = [{ podSelector: {} }];
  const policies = [
    networkPolicy(meta('default-deny'), { policyTypes: ['Ingress', 'Egress'] }),
    networkPolicy(meta('allow-dns'), {
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    }),
    networkPolicy(meta('allow-same-namespace'), { policyTypes: ['Ingress', 'Egress'], ingress: [{ from: sameNamespace }], egress: [{ to: sameNamespace }] }),
    networkPolicy(meta('allow-vpc-services'), {
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ ipBlock: { cidr: props.vpcCidr } }],
          ports: [
            { protocol: 'TCP', port: 443 },
            { protocol: 'TCP', port: DATABASE_PORT },
          ],
        },
      ],
    }),
  ];
  if (props.loadBalancerTargetPorts.length > 0) {
    policies.push(
      networkPolicy(meta('allow-from-load-balancer'), {
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: props.loadBalancerSubnetCidrs.map((cidr) => ({ ipBlock: { cidr } })),
            ports: [...new Set(props.loadBalancerTargetPorts)].map((port) => ({ protocol: 'TCP' as const, port })),
          },
        ],
      }),
    );
  }
  return policies;
}
