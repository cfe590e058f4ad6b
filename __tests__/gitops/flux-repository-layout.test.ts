import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { parseAllDocuments } from 'yaml';
import { fluxRepo } from '../../bin/flux-repo';
import { loadEnvironments } from '../../modules/environment/load';
import { fluxRepositoryFiles, layerDirectory } from '../../modules/gitops/flux-repository-layout';
import { compact } from '../../modules/gitops/kubernetes-object';
import { definePlatform } from '../../modules/platform/platform';
import { variantOf } from '../support/synth';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'flux-repo-test-'));
const written = fluxRepo(['test', 'prod'], out);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const readObjects = (file: string) => parseAllDocuments(fs.readFileSync(path.join(out, file), 'utf8')).map((document) => document.toJS());
/** readObjects, parsing each file once: one component's file holds many objects. */
const parsed = new Map<string, unknown[]>();
const readObjectsOnce = (file: string) => parsed.get(file) ?? parsed.set(file, readObjects(file)).get(file)!;

describe.each(['test', 'prod'] as const)('the Flux repository layout of %s', (name) => {
  const [environment] = loadEnvironments([name]);
  const { gitops } = definePlatform(Testing.app(), environment);
  const files = written.filter((file) => file.split('/').includes(name));

  test('round-trips: the YAML outside clusters/ parses back to exactly the objects the stack applies', () => {
    const fromYaml = files.filter((file) => !file.startsWith('clusters/')).flatMap(readObjects);
    expect(fromYaml).toEqual(expect.arrayContaining(gitops.manifests.map((manifest) => compact(manifest.object))));
    expect(fromYaml).toHaveLength(gitops.manifests.length);
  });

  test('puts each object in its layer directory, one file per component', () => {
    for (const manifest of gitops.manifests) {
      const file = `${layerDirectory(manifest.layer, name)}/${manifest.component}.yaml`;
      expect(readObjectsOnce(file)).toContainEqual(compact(manifest.object));
    }
  });

  test('chains the layers in clusters/<env>: controllers -> configs -> tenants, each waiting and substituting', () => {
    const entries = [...readObjects(`clusters/${name}/infrastructure.yaml`), ...readObjects(`clusters/${name}/tenants.yaml`)];
    expect(entries.map((entry) => [entry.metadata.name, entry.spec.dependsOn?.[0]?.name, entry.spec.path])).toEqual([
      ['infra-controllers', undefined, `./infrastructure/controllers/${name}`],
      ['infra-configs', 'infra-controllers', `./infrastructure/configs/${name}`],
      ['tenants', 'infra-configs', `./tenants/${name}`],
    ]);
    entries.forEach((entry) => {
      expect(entry.spec).toMatchObject({ prune: true, wait: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } });
      expect(entry.spec.postBuild.substituteFrom).toEqual([{ kind: 'ConfigMap', name: 'cluster-config' }]);
    });
  });
});

describe('writing the layout again', () => {
  test('given a component no longer emitted and the bootstrap folder, when rewritten, then the stale file goes and flux-system stays', () => {
    fs.writeFileSync(path.join(out, 'infrastructure/controllers/test/removed-component.yaml'), 'kind: Stale\n');
    fs.mkdirSync(path.join(out, 'clusters/test/flux-system'), { recursive: true });
    fs.writeFileSync(path.join(out, 'clusters/test/flux-system/gotk-sync.yaml'), 'kind: Kustomization\n');

    fluxRepo(['test'], out);

    expect(fs.existsSync(path.join(out, 'infrastructure/controllers/test/removed-component.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'clusters/test/flux-system/gotk-sync.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'infrastructure/controllers/prod/monitoring.yaml'))).toBe(true);
  });

  test('keeps literal strings literal for a YAML 1.1 parser', () => {
    const text = fs.readFileSync(path.join(out, 'infrastructure/controllers/test/monitoring.yaml'), 'utf8');
    expect(text).toContain('encrypted: "true"');
  });
});

describe('an environment with every component off and no tenants', () => {
  test('builds an empty gitops layer with no entry points', () => {
    const environment = variantOf('test', (settings) => {
      for (const component of ['awsLoadBalancerController', 'externalDns', 'monitoring', 'logging']) settings.gitops[component].enabled = false;
      settings.gitops.awsLoadBalancerController.targetGroupBindings = [];
      settings.tenants = [];
    });
    const { gitops } = definePlatform(Testing.app(), environment);
    expect(gitops.manifests).toEqual([]);
    expect(fluxRepositoryFiles(environment, gitops.manifests).size).toBe(0);
  });
});
