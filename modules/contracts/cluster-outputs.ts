/**
 * What the cluster layer hands to the gitops layer. Values are Terraform references into the cluster
 * stack, so cdktf turns each into an output there and a remote-state read in the gitops stack.
 */
export interface ClusterOutputs {
  readonly clusterName: string;
  /** HTTPS endpoint of the Kubernetes API. */
  readonly endpoint: string;
  /** Base64-encoded CA certificate of the API server. */
  readonly certificateAuthorityData: string;
  /** ARN of the cluster's IAM OIDC provider, which IRSA roles trust. */
  readonly oidcProviderArn: string;
}
