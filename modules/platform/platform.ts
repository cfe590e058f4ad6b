import { Construct } from 'constructs';
import { Environment } from '../environment/load';
import { ClusterStack } from '../../stacks/cluster';
import { GitopsStack } from '../../stacks/gitops';
import { NetworkStack } from '../../stacks/network';

export interface Platform {
  readonly network: NetworkStack;
  readonly cluster: ClusterStack;
  readonly gitops: GitopsStack;
}

/**
 * One environment's three layers, wired by typed outputs: network -> cluster -> gitops. The stack IDs
 * are the layer names, so `cdktf deploy network cluster gitops` deploys them in order.
 */
export function definePlatform(scope: Construct, environment: Environment): Platform {
  const network = new NetworkStack(scope, environment);
  const cluster = new ClusterStack(scope, { environment, network: network.outputs });
  const gitops = new GitopsStack(scope, { environment, network: network.outputs, cluster: cluster.outputs });
  cluster.addDependency(network);
  gitops.addDependency(cluster);
  return { network, cluster, gitops };
}
