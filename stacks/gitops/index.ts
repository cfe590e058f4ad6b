import { Construct } from 'constructs';
import { Fn, TerraformOutput } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ClusterOutputs } from '../../modules/contracts/cluster-outputs';
import { Environment } from '../../modules/environment/load';
import { AwsLoadBalancerController } from '../../modules/gitops/components/aws-load-balancer-controller';
import { ExternalDns } from '../../modules/gitops/components/external-dns';
import { Logging } from '../../modules/gitops/components/logging';
import { Monitoring } from '../../modules/gitops/components/monitoring';
import { Tenant } from '../../modules/gitops/components/tenant';
import { EnvironmentConfigValues } from '../../modules/gitops/environment-config-values';
import { pascalCase } from '../../modules/platform/construct-id';
import { orderByLayer } from '../../modules/gitops/layer-order';
import { Manifest } from '../../modules/gitops/manifest';
import { assertSubstitutionContract } from '../../modules/gitops/substitution-contract';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { NetworkOutputs } from '../network';

export interface GitopsStackProps {
  readonly environment: Environment;
  readonly network: NetworkOutputs;
  readonly cluster: ClusterOutputs;
}

/**
 * Layer 3: the environment's Flux configuration, from the shared components the settings switch on
 * and one Tenant per tenant. Every object is a Manifest: Terraform applies it here, and
 * `npm run flux-repo` writes the same objects as a Flux repository layout.
 */
export class GitopsStack extends PlatformStack {
  /** Every object of the layer, in construction order. */
  readonly manifests: Manifest[];

  constructor(scope: Construct, props: GitopsStackProps) {
    super(scope, { environment: props.environment, layer: 'gitops' });
    const { environment, cluster } = props;
    new KubernetesProvider(this, 'Kubernetes', {
      host: cluster.endpoint,
      clusterCaCertificate: Fn.base64decode(cluster.certificateAuthorityData),
      // A token per run from the caller's AWS identity: no long-lived credential in state.
      exec: [{ apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args: ['eks', 'get-token', '--cluster-name', cluster.clusterName, '--region', environment.region] }],
    });
    new EnvironmentConfigValues(this);

    const components = environment.gitops;
    if (components.awsLoadBalancerController.enabled) new AwsLoadBalancerController(this, 'AwsLoadBalancerController', { environment });
    if (components.externalDns.enabled) new ExternalDns(this, 'ExternalDns', { environment });
    if (components.monitoring.enabled) new Monitoring(this, 'Monitoring', { environment });
    if (components.logging.enabled) new Logging(this, 'Logging', { environment });
    environment.tenants.forEach((tenant) => new Tenant(this, `Tenant${pascalCase(tenant.name)}`, { environment, tenant }));

    this.manifests = Manifest.all(this);
    assertSubstitutionContract(this.manifests.map((manifest) => manifest.object), environment);
    orderByLayer(this.manifests);

    new TerraformOutput(this, 'cluster_name', { value: cluster.clusterName, description: 'Cluster this configuration is applied to' });
  }
}
