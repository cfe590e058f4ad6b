import { Testing, TerraformStack } from 'cdktf';
import { EnvironmentConfigValues } from '../../modules/gitops/environment-config-values';
import { Manifest } from '../../modules/gitops/manifest';

/** One Manifest in a bare stack, synthesized: what Terraform receives for a given object. */
function synthesizedManifest(data: Record<string, string>, waitUntilReady = false): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'unit');
  new EnvironmentConfigValues(stack);
  new Manifest(stack, 'Object', {
    layer: 'infra-configs',
    component: 'unit',
    object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'unit', namespace: 'default' }, data } as any,
    waitUntilReady,
  });
  const config = JSON.parse(Testing.synth(stack));
  return Object.values(config.resource.kubernetes_manifest)[0];
}

describe('a Manifest applied by Terraform', () => {
  const lookup = (key: string) => `\${data.kubernetes_config_map_v1.EnvironmentConfig_F6CCEB11.data["${key}"]}`;

  test('given Flux variables, then Terraform reads each from the environment ConfigMap', () => {
    const { manifest } = synthesizedManifest({ zone: '${HOSTED_ZONE_NAME}', prefix: 'logs-${ENVIRONMENT}-${AWS_REGION}' });
    expect(manifest.data).toEqual({ zone: lookup('HOSTED_ZONE_NAME'), prefix: `logs-${lookup('ENVIRONMENT')}-${lookup('AWS_REGION')}` });
  });

  test('given a default, then Terraform looks the key up with that default', () => {
    const { manifest } = synthesizedManifest({ replicas: '${REPLICAS:=3}' });
    expect(manifest.data.replicas).toBe('${lookup(data.kubernetes_config_map_v1.EnvironmentConfig_F6CCEB11.data, "REPLICAS", "3")}');
  });

  test('given escaped or template-like literal text, then Terraform is told to keep it literal', () => {
    const { manifest } = synthesizedManifest({ escaped: 'run $${HOME}', directive: '%{ if x }', prometheus: '{{ $labels.pod }}' });
    expect(manifest.data).toEqual({ escaped: 'run $${HOME}', directive: '%%{ if x }', prometheus: '{{ $labels.pod }}' });
  });

  test('given an operator Terraform cannot reproduce, then building fails naming it', () => {
    expect(() => synthesizedManifest({ upper: '${ENVIRONMENT^^}' })).toThrow('${ENVIRONMENT^^}: the operator "^^" is not supported when Terraform applies the object');
  });

  test('given an object to wait for, then Terraform waits for Ready=True, as Flux wait does', () => {
    const resource = synthesizedManifest({}, true);
    expect(resource.wait).toEqual({ condition: [{ type: 'Ready', status: 'True' }] });
    expect(resource.field_manager).toEqual({ name: 'eks-platform-gitops', force_conflicts: false });
  });
});
