import { Construct } from 'constructs';
import { Fn, TerraformStack, Token } from 'cdktf';
import { DataKubernetesConfigMapV1 } from '@cdktf/provider-kubernetes/lib/data-kubernetes-config-map-v1';
import { ENVIRONMENT_CONFIG_MAP } from '../contracts/environment-config';
import { FluxSegment, mapStrings, parseFluxString } from './flux-variables';

const ID = 'EnvironmentConfig';

/**
 * Post-build substitution for the objects Terraform applies itself. Flux substitutes `${KEY}` only in
 * what a Flux Kustomization applies; for `kubernetes_manifest` resources the gitops stack does the
 * same substitution, from the same ConfigMap the cluster stack writes, read through the Kubernetes API
 * (not AWS). `${KEY}` becomes `data.kubernetes_config_map_v1.<id>.data["KEY"]`, which fails the plan
 * if the key is missing, and `${KEY:=default}` a lookup with that default.
 */
export class EnvironmentConfigValues extends Construct {
  /** The instance of the stack `scope` belongs to. */
  static of(scope: Construct): EnvironmentConfigValues {
    const found = TerraformStack.of(scope).node.tryFindChild(ID);
    if (!(found instanceof EnvironmentConfigValues)) {
      throw new Error(`${scope.node.path}: create EnvironmentConfigValues in the stack before any Manifest`);
    }
    return found;
  }

  private readonly configMap: DataKubernetesConfigMapV1;

  constructor(scope: TerraformStack) {
    super(scope, ID);
    this.configMap = new DataKubernetesConfigMapV1(this, 'Resource', {
      metadata: { name: ENVIRONMENT_CONFIG_MAP.name, namespace: ENVIRONMENT_CONFIG_MAP.namespace },
    });
  }

  /** The value with every Flux variable replaced by a Terraform reference and every literal escaped for Terraform. */
  resolve<T>(value: T): T {
    return mapStrings(value, (text) => this.render(parseFluxString(text))) as T;
  }

  private render(segments: readonly FluxSegment[]): string {
    return segments
      .map((segment) => {
        if (segment.type === 'text') return escapeForTerraform(segment.value);
        if (segment.unsupportedOperator) {
          throw new Error(`${segment.expression}: the operator "${segment.unsupportedOperator}" is not supported when Terraform applies the object; use \${KEY} or \${KEY:=default}`);
        }
        const lookup = segment.fallback
          ? Fn.lookup(this.configMap.data, segment.name, this.render(segment.fallback))
          : this.configMap.data.lookup(segment.name);
        return Token.asString(lookup);
      })
      .join('');
  }
}

/** Terraform reads `${` and `%{` in any string as template syntax; doubling keeps them literal. */
export function escapeForTerraform(text: string): string {
  return text.replace(/([$%])\{/g, (_match, opener: string) => `${opener}${opener}{`);
}
