import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { FluxKubernetesConfig } from '../flux/flux-provider';

export interface ClusterConnectionProps {
  readonly clusterName: string;
  readonly region: string;
  /** HTTPS endpoint of the API server (an attribute of the EKS cluster resource). */
  readonly endpoint: string;
  /** Base64-encoded CA certificate (an attribute of the EKS cluster resource). */
  readonly certificateAuthorityData: string;
}

/**
 * The kubernetes and helm providers of the cluster stack, configured from the EKS resource's own
 * attributes and a short-lived token from `aws eks get-token` at each use. No data source reads an
 * existing cluster, so a plan works before the cluster exists (terraform-provider-flux #370, #387):
 * the providers are configured with unknown values until apply has created the cluster.
 */
export class ClusterConnection extends Construct {
  readonly kubernetes: KubernetesProvider;
  readonly helm: HelmProvider;
  /** The same connection in the shape the flux provider takes. */
  readonly fluxKubernetes: FluxKubernetesConfig;

  constructor(scope: Construct, id: string, props: ClusterConnectionProps) {
    super(scope, id);
    const host = props.endpoint;
    const clusterCaCertificate = Fn.base64decode(props.certificateAuthorityData);
    const exec = {
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      command: 'aws',
      args: ['eks', 'get-token', '--cluster-name', props.clusterName, '--region', props.region, '--output', 'json'],
    };
    this.kubernetes = new KubernetesProvider(scope, 'Kubernetes', { host, clusterCaCertificate, exec: [exec] });
    this.helm = new HelmProvider(scope, 'Helm', { kubernetes: { host, clusterCaCertificate, exec } });
    this.fluxKubernetes = { host, clusterCaCertificate, exec };
  }
}
