import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { ClusterOutputs } from '../../modules/contracts/cluster-outputs';
import { Environment } from '../../modules/environment/load';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { NetworkOutputs } from '../network';

export interface GitopsStackProps {
  readonly environment: Environment;
  readonly network: NetworkOutputs;
  readonly cluster: ClusterOutputs;
}

/** Layer 3: the environment's Flux configuration. Filled in by the gitops issue. */
export class GitopsStack extends PlatformStack {
  constructor(scope: Construct, props: GitopsStackProps) {
    super(scope, { environment: props.environment, layer: 'gitops' });
    new TerraformOutput(this, 'cluster_name', { value: props.cluster.clusterName, description: 'Cluster this configuration is applied to' });
  }
}
