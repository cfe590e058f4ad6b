import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';

export interface FluxNamespaceProps {
  /** @default "flux-system" */
  readonly name?: string;
  /** What must exist first, e.g. nodes. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The Flux namespace, owned by Terraform rather than by the bootstrap: the environment ConfigMap
 * goes in before Flux starts (so the first reconciliation already finds it), and the bootstrap runs
 * with keep_namespace, so uninstalling Flux cannot take the ConfigMap with it
 * (terraform-provider-flux #654). Flux adds its own labels; those are left to Flux.
 */
export class FluxNamespace extends Construct {
  readonly name: string;
  readonly resource: NamespaceV1;

  constructor(scope: Construct, id: string, props: FluxNamespaceProps = {}) {
    super(scope, id);
    this.resource = new NamespaceV1(this, 'Resource', {
      metadata: { name: props.name ?? 'flux-system' },
      lifecycle: { ignoreChanges: ['metadata[0].labels', 'metadata[0].annotations'] },
      dependsOn: props.dependsOn,
    });
    this.name = this.resource.metadata.name;
  }
}
