import { Construct } from 'constructs';
import { TerraformLocal, TerraformOutput } from 'cdktf';
import { ClusterOutputs } from '../../modules/contracts/cluster-outputs';
import { Environment } from '../../modules/environment/load';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { NetworkOutputs } from '../network';

export interface ClusterStackProps {
  readonly environment: Environment;
  readonly network: NetworkOutputs;
}

/** Layer 2: EKS and everything that makes it a platform. Filled in by the cluster issue. */
export class ClusterStack extends PlatformStack {
  readonly outputs: ClusterOutputs;

  constructor(scope: Construct, props: ClusterStackProps) {
    super(scope, { environment: props.environment, layer: 'cluster' });
    this.useAws();
    // Proves the cross-stack wiring until the cluster itself lands here.
    new TerraformOutput(this, 'vpc_id', { value: props.network.vpcId, description: 'VPC the cluster runs in' });
    // Placeholders with the shape of the real outputs, replaced by the EKS cluster's attributes.
    const placeholder = (id: string, value: string) => new TerraformLocal(this, id, value).asString;
    this.outputs = {
      clusterName: placeholder('cluster_name', props.environment.clusterName),
      endpoint: placeholder('cluster_endpoint', 'https://placeholder.invalid'),
      certificateAuthorityData: placeholder('cluster_ca', ''),
    };
  }
}
