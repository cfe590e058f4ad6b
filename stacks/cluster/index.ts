import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { Environment } from '../../modules/environment/load';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { NetworkOutputs } from '../network';

export interface ClusterStackProps {
  readonly environment: Environment;
  readonly network: NetworkOutputs;
}

/** Layer 2: EKS and everything that makes it a platform. Filled in by the cluster issue. */
export class ClusterStack extends PlatformStack {
  readonly network: NetworkOutputs;

  constructor(scope: Construct, props: ClusterStackProps) {
    super(scope, { environment: props.environment, layer: 'cluster' });
    this.useAws();
    this.network = props.network;
    // Proves the cross-stack wiring until the cluster itself lands here.
    new TerraformOutput(this, 'vpc_id', { value: props.network.vpcId, description: 'VPC the cluster runs in' });
  }
}
