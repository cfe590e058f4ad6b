import { kubernetesObjects } from '../../verify/kubeconform';
import { kubernetesSchemas } from '../../verify/kubernetes-schemas';

describe('Kubernetes objects found in a stack', () => {
  test('Given manifests, typed resources and Helm values with extra objects, then each becomes one Kubernetes object', () => {
    const objects = kubernetesObjects({
      resource: {
        kubernetes_manifest: { Kustomization: { manifest: { apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'apps' } } } },
        kubernetes_config_map_v1: { Environment: { metadata: { name: 'platform-environment', namespace: 'flux-system' }, data: { A: 'b' } } },
        kubernetes_storage_class_v1: { Gp3: { metadata: { name: 'gp3' }, storage_provisioner: 'ebs.csi.aws.com', volume_binding_mode: 'WaitForFirstConsumer' } },
        helm_release: { Controller: { values: [JSON.stringify({ replicaCount: 2, extraObjects: [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'x' } }] })] } },
        aws_vpc: { Ignored: {} },
      },
    });
    expect(objects.map((o) => `${o.address} ${o.object.kind}`)).toEqual([
      'kubernetes_manifest.Kustomization Kustomization',
      'kubernetes_config_map_v1.Environment ConfigMap',
      'kubernetes_storage_class_v1.Gp3 StorageClass',
      'helm_release.Controller (values) ServiceAccount',
    ]);
    expect(objects[1].object).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'platform-environment', namespace: 'flux-system' }, data: { A: 'b' } });
    expect(objects[2].object).toMatchObject({ apiVersion: 'storage.k8s.io/v1', provisioner: 'ebs.csi.aws.com', volumeBindingMode: 'WaitForFirstConsumer' });
  });
});

describe('typed RBAC and scheduling resources', () => {
  test('Given a ClusterRole and a PriorityClass as Terraform blocks, then they map onto the Kubernetes objects', () => {
    const [role, priority] = kubernetesObjects({
      resource: {
        kubernetes_cluster_role_v1: {
          View: { metadata: { name: 'platform:view', labels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } }, rule: [{ api_groups: ['helm.toolkit.fluxcd.io'], resources: ['helmreleases'], verbs: ['get'] }] },
        },
        kubernetes_priority_class_v1: { Low: { metadata: { name: 'low' }, value: 1000, global_default: false, preemption_policy: 'Never' } },
      },
    }).map((o) => o.object);
    expect(role).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'platform:view', labels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } },
      rules: [{ apiGroups: ['helm.toolkit.fluxcd.io'], resources: ['helmreleases'], verbs: ['get'] }],
    });
    expect(priority).toEqual({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'low' }, value: 1000, globalDefault: false, preemptionPolicy: 'Never' });
  });
});

describe('Kubernetes OpenAPI to kubeconform schemas', () => {
  const swagger = {
    definitions: {
      'io.k8s.api.apps.v1.Deployment': {
        'x-kubernetes-group-version-kind': [{ group: 'apps', kind: 'Deployment', version: 'v1' }],
        properties: { metadata: { $ref: '#/definitions/meta' }, spec: { properties: { replicas: { type: 'integer' }, maxSurge: { $ref: '#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString' } } } },
      },
      'io.k8s.api.core.v1.ConfigMap': { 'x-kubernetes-group-version-kind': [{ group: '', kind: 'ConfigMap', version: 'v1' }], properties: { data: { type: 'object', additionalProperties: { type: 'string' } } } },
      meta: { properties: { name: { type: 'string' }, owner: { $ref: '#/definitions/meta' } } },
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: 'string', format: 'int-or-string' },
    },
  };
  const files = kubernetesSchemas(swagger);

  test('Given kinds of the core and a named group, then files are named as kubeconform looks them up', () => {
    expect([...files.keys()].sort()).toEqual(['configmap-v1.json', 'deployment-apps-v1.json']);
  });

  test('Given references, int-or-string and nested objects, then schemas are standalone, strict and accept both int and string', () => {
    const deployment = files.get('deployment-apps-v1.json')!;
    expect(deployment.additionalProperties).toBeUndefined();
    expect(deployment.properties.metadata.additionalProperties).toBe(false);
    expect(deployment.properties.metadata.properties.owner).toEqual({});
    expect(deployment.properties.spec.properties.maxSurge).toEqual({ oneOf: [{ type: 'string' }, { type: 'integer' }] });
    expect(files.get('configmap-v1.json')!.properties.data.additionalProperties).toEqual({ type: 'string' });
  });
});
