import { IAspect, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';

export interface PreventDestroyProps {
  /** Terraform resource types to protect, e.g. `aws_db_instance`. */
  readonly resourceTypes: readonly string[];
}

/**
 * Sets `lifecycle.prevent_destroy` on every resource of the given types in the scope it is applied
 * to, so that a plan which would destroy or replace one fails even if it slipped through review.
 * An aspect rather than a prop per construct: it also covers resources added by later modules.
 */
export class PreventDestroy implements IAspect {
  private readonly resourceTypes: ReadonlySet<string>;

  constructor(props: PreventDestroyProps) {
    this.resourceTypes = new Set(props.resourceTypes);
  }

  visit(node: IConstruct): void {
    if (node instanceof TerraformResource && this.resourceTypes.has(node.terraformResourceType)) {
      node.lifecycle = { ...node.lifecycle, preventDestroy: true };
    }
  }
}
