import { KINDS_WITHOUT_UPSTREAM_SCHEMA } from '../../verify/kinds-without-schema';
import * as fs from 'fs';
import { Testing } from 'cdktf';
import { loadEnvironments } from '../../modules/environment/load';
import { layerEntryPoints } from '../../modules/gitops/flux-repository-layout';
import { compact, KubernetesObject, objectId } from '../../modules/gitops/kubernetes-object';
import { definePlatform } from '../../modules/platform/platform';
import { SCHEMA_DIR, schemaErrors, schemaFileName, validatorFor } from '../support/kubernetes-schemas';

/** Kinds of the AWS Load Balancer Controller, whose CRDs no registry reachable here serves (see README). */
const WITHOUT_UPSTREAM_SCHEMA = Object.keys(KINDS_WITHOUT_UPSTREAM_SCHEMA);

const objectsOf = (name: string): KubernetesObject[] => {
  const [environment] = loadEnvironments([name]);
  const { gitops } = definePlatform(Testing.app(), environment);
  return [...gitops.manifests.map((manifest) => compact(manifest.object)), ...layerEntryPoints(environment, gitops.manifests).values()];
};
const emitted = { test: objectsOf('test'), prod: objectsOf('prod') };

describe.each(['test', 'prod'] as const)('every object of %s against the upstream schema of its kind', (name) => {
  const objects = emitted[name].filter((object) => !WITHOUT_UPSTREAM_SCHEMA.includes(object.kind));

  test('emits objects of every vendored kind it claims', () => {
    expect(objects.length).toBeGreaterThan(30);
  });

  test.each(objects.map((object) => [objectId(object), object] as const))('%s is valid', (_id, object) => {
    expect(schemaErrors(object)).toEqual([]);
  });
});

describe('the schema set', () => {
  test('has a schema for every kind emitted, except the two listed without an upstream source', () => {
    const kinds = [...new Set([...emitted.test, ...emitted.prod].map((object) => `${object.apiVersion} ${object.kind}`))];
    const missing = kinds.filter((kind) => !validatorFor({ apiVersion: kind.split(' ')[0], kind: kind.split(' ')[1] }));
    expect(missing.sort()).toEqual(['elbv2.k8s.aws/v1beta1 IngressClassParams', 'elbv2.k8s.aws/v1beta1 TargetGroupBinding']);
  });

  test('keeps only the kinds emitted, in kubeconform file names', () => {
    const used = new Set([...emitted.test, ...emitted.prod].map(schemaFileName));
    expect(fs.readdirSync(SCHEMA_DIR).filter((file) => !used.has(file))).toEqual([]);
  });

  test('given a misspelt field, when validated, then the strict schema rejects it', () => {
    const kustomization = emitted.prod.find((object) => object.kind === 'Kustomization')! as any;
    const misspelt = { ...kustomization, spec: { ...kustomization.spec, prunee: true } };
    expect(schemaErrors(misspelt)).toEqual([expect.stringContaining('must NOT have additional properties {"additionalProperty":"prunee"}')]);
  });

  test('given a value outside an enum of the Flux CRD, when validated, then it is rejected', () => {
    const release = emitted.prod.find((object) => object.kind === 'HelmRelease')! as any;
    const wrong = { ...release, spec: { ...release.spec, upgrade: { ...release.spec.upgrade, remediation: { ...release.spec.upgrade.remediation, strategy: 'retry' } } } };
    expect(schemaErrors(wrong).join('\n')).toContain('/spec/upgrade/remediation/strategy must be equal to one of the allowed values');
  });

  test('given a Kubernetes object with a wrong type, when validated, then the OpenAPI schema rejects it', () => {
    const quota = emitted.prod.find((object) => object.kind === 'ResourceQuota')! as any;
    expect(schemaErrors({ ...quota, spec: { hard: { pods: { count: 3 } } } }).join('\n')).toContain('/spec/hard/pods');
  });
});
