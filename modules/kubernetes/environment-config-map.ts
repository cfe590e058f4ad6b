import { Construct } from 'constructs';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import {
  ENVIRONMENT_CONFIG_MAP,
  environmentConfigKeys,
  StaticEnvironmentConfigKey,
  targetGroupArnKey,
  tenantRoleArnKey,
} from '../contracts/environment-config';

/** The values of the environment ConfigMap; the types make every static key required. */
export interface EnvironmentConfigValues {
  readonly static: Readonly<Record<StaticEnvironmentConfigKey, string>>;
  /** ARN by target group name, one per loadBalancer.targetGroups entry. */
  readonly targetGroupArns: Readonly<Record<string, string>>;
  /** IRSA role ARN by tenant name, one per tenant. */
  readonly tenantRoleArns: Readonly<Record<string, string>>;
}

export interface EnvironmentShape {
  readonly name: string;
  readonly loadBalancer: { readonly targetGroups: readonly { readonly name: string }[] };
  readonly tenants: readonly { readonly name: string }[];
}

/**
 * The ConfigMap's data: exactly the keys modules/contracts/environment-config.ts documents for this
 * environment. A missing or undocumented key fails the synth, naming the key.
 */
export function environmentConfigData(environment: EnvironmentShape, values: EnvironmentConfigValues): Record<string, string> {
  const data: Record<string, string> = {
    ...values.static,
    ...Object.fromEntries(Object.entries(values.targetGroupArns).map(([name, arn]) => [targetGroupArnKey(name), arn])),
    ...Object.fromEntries(Object.entries(values.tenantRoleArns).map(([name, arn]) => [tenantRoleArnKey(name), arn])),
  };
  const documented = Object.keys(environmentConfigKeys(environment));
  const missing = documented.filter((key) => !(key in data));
  const undocumented = Object.keys(data).filter((key) => !documented.includes(key));
  if (missing.length > 0 || undocumented.length > 0) {
    throw new Error(
      `environment "${environment.name}": the environment ConfigMap must carry exactly the keys of modules/contracts/environment-config.ts; ` +
        `missing: [${missing.join(', ')}], undocumented: [${undocumented.join(', ')}]`,
    );
  }
  return data;
}

export interface EnvironmentConfigMapProps {
  readonly environment: EnvironmentShape;
  readonly values: EnvironmentConfigValues;
  /** The flux-system namespace's name attribute, so the ConfigMap waits for the namespace. */
  readonly namespace: string;
}

/**
 * The ConfigMap Flux substitutes `${KEY}` from at post-build time (`substituteFrom`): facts and
 * ARNs about the environment, never a secret value.
 */
export class EnvironmentConfigMap extends Construct {
  readonly name: string;
  readonly data: Record<string, string>;
  readonly resource: ConfigMapV1;

  constructor(scope: Construct, id: string, props: EnvironmentConfigMapProps) {
    super(scope, id);
    this.data = environmentConfigData(props.environment, props.values);
    const configMap = (this.resource = new ConfigMapV1(this, 'Resource', {
      metadata: {
        name: ENVIRONMENT_CONFIG_MAP.name,
        namespace: props.namespace,
        labels: { 'app.kubernetes.io/managed-by': 'terraform', 'platform.acme/layer': 'cluster' },
      },
      data: this.data,
    }));
    this.name = configMap.metadata.name;
  }
}
