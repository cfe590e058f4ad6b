import { Aspects, CloudBackend, NamedCloudWorkspace, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Environment } from '../environment/load';
import { PreventDestroy } from './prevent-destroy';
import { guardedResourceTypes } from './stateful-resources';

/** The three layers, in deploy order. Each is one Terraform workspace per environment. */
export const LAYERS = ['network', 'cluster', 'gitops'] as const;
/** The layers, plus the bootstrap stack that creates their Terraform Cloud workspaces. */
export type Layer = (typeof LAYERS)[number] | 'workspaces';

export interface PlatformStackProps {
  readonly environment: Environment;
  readonly layer: Layer;
}

/** Terraform Cloud workspace of one layer of one environment, e.g. `eks-platform-prod-network`. */
export function workspaceName(environment: Environment, layer: Layer): string {
  return `${environment.terraformCloud?.project ?? 'eks-platform'}-${environment.name}-${layer}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** Tags (key-value) that select a workspace by environment and by layer in Terraform Cloud. */
export function workspaceTags(environment: Environment, layer: Layer): Record<string, string> {
  return { environment: environment.name, layer };
}

/**
 * A layer's stack: its backend (a Terraform Cloud workspace of its own, or local state when the
 * environment names no organization), `lifecycle.prevent_destroy` on stateful resources when the
 * environment asks for deletion protection, and, on request, the AWS provider pinned to the
 * environment's account and region.
 */
export class PlatformStack extends TerraformStack {
  readonly environment: Environment;
  readonly layer: Layer;

  constructor(scope: Construct, props: PlatformStackProps) {
    super(scope, props.layer);
    this.environment = props.environment;
    this.layer = props.layer;
    const cloud = props.environment.terraformCloud;
    if (cloud) {
      new CloudBackend(this, {
        organization: cloud.organization,
        workspaces: new NamedCloudWorkspace(workspaceName(props.environment, props.layer), cloud.project),
      });
    }
    // Every layer's stateful resources, including those of stacks added later, without each module opting in.
    if (props.environment.deletionProtection) {
      Aspects.of(this).add(new PreventDestroy({ resourceTypes: guardedResourceTypes() }));
    }
  }

  /** The AWS provider, refusing any other account so a mis-set credential cannot touch the wrong one. */
  protected useAws(): AwsProvider {
    const environment = this.environment;
    return new AwsProvider(this, 'Aws', {
      region: environment.region,
      allowedAccountIds: [environment.account],
      defaultTags: [
        {
          tags: {
            ...environment.tags,
            environment: environment.name,
            layer: this.layer,
            'managed-by': 'eks-platform-sdk',
          },
        },
      ],
    });
  }
}
