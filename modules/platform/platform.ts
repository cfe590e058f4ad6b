import { Construct } from 'constructs';
import { Environment } from '../environment/load';
import { ClusterStack } from '../../stacks/cluster';
import { GitopsStack } from '../../stacks/gitops';
import { NetworkStack } from '../../stacks/network';
import { WorkspacesStack } from '../../stacks/workspaces';

export interface Platform {
  readonly network: NetworkStack;
  readonly cluster: ClusterStack;
  readonly gitops: GitopsStack;
  /** Creates the layers' Terraform Cloud workspaces; only when the environment names an organization. */
  readonly workspaces?: WorkspacesStack;
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
  const workspaces = environment.terraformCloud ? new WorkspacesStack(scope, environment) : undefined;
  return { network, cluster, gitops, workspaces };
}
