import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { KINDS_WITHOUT_UPSTREAM_SCHEMA } from './kinds-without-schema';
import { FLUX_VERSION } from '../modules/contracts/flux';
import { CheckResult, REPO_ROOT, SynthesizedStack, TOOLS_DIR, label, resourceBlocks } from './stacks';

type KubernetesObject = { apiVersion: string; kind: string; metadata?: Record<string, any>; [key: string]: any };

/** Typed kubernetes_* resources whose Terraform arguments map one to one onto a Kubernetes object. */
const TYPED: Record<string, (body: Record<string, any>) => KubernetesObject> = {
  kubernetes_namespace: (b) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(b) }),
  kubernetes_config_map: (b) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(b), data: b.data }),
  kubernetes_service_account: (b) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(b) }),
  kubernetes_storage_class: (b) => ({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: meta(b),
    provisioner: b.storage_provisioner,
    parameters: b.parameters,
    reclaimPolicy: b.reclaim_policy,
    volumeBindingMode: b.volume_binding_mode,
    allowVolumeExpansion: b.allow_volume_expansion,
  }),
  kubernetes_priority_class: (b) => ({
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: meta(b),
    value: b.value,
    globalDefault: b.global_default,
    description: b.description,
    preemptionPolicy: b.preemption_policy,
  }),
  kubernetes_cluster_role: (b) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: meta(b),
    rules: [b.rule ?? []].flat().map((rule: Record<string, any>) => ({
      apiGroups: rule.api_groups,
      resources: rule.resources,
      resourceNames: rule.resource_names,
      nonResourceURLs: rule.non_resource_urls,
      verbs: rule.verbs,
    })),
  }),
};

function meta(body: Record<string, any>): Record<string, any> {
  const m = [body.metadata].flat()[0] ?? {};
  return { name: m.name ?? m.generate_name, namespace: m.namespace, labels: m.labels, annotations: m.annotations };
}

/** Every Kubernetes object a stack writes: kubernetes_manifest, mappable typed resources, objects in Helm values. */
export function kubernetesObjects(json: Record<string, any>): { address: string; object: KubernetesObject }[] {
  const found: { address: string; object: KubernetesObject }[] = [];
  for (const { type, name, body } of resourceBlocks(json)) {
    const address = `${type}.${name}`;
    if (type === 'kubernetes_manifest') found.push({ address, object: body.manifest });
    const typed = TYPED[type.replace(/_v1$/, '')];
    if (typed) found.push({ address, object: JSON.parse(JSON.stringify(typed(body))) });
    if (type === 'kubectl_manifest' && typeof body.yaml_body === 'string') {
      parseYaml(body.yaml_body).forEach((object) => found.push({ address, object }));
    }
    if (type === 'helm_release') {
      for (const values of [body.values ?? []].flat()) {
        for (const document of typeof values === 'string' ? parseYaml(values) : [values]) {
          objectsWithin(document).forEach((object) => found.push({ address: `${address} (values)`, object }));
        }
      }
    }
  }
  return found;
}

/** Objects nested anywhere in Helm values (extraObjects, extraDeploy...): anything with apiVersion and kind. */
function objectsWithin(value: unknown): KubernetesObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsWithin);
  if (!value || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  if (typeof v.apiVersion === 'string' && typeof v.kind === 'string') return [v as KubernetesObject];
  return Object.values(v).flatMap(objectsWithin);
}

/** JSON is YAML; for other YAML the pinned Checkov venv's PyYAML converts (no extra npm dependency). */
function parseYaml(text: string): any[] {
  try {
    return [JSON.parse(text)];
  } catch {
    const python = path.join(TOOLS_DIR, 'venv', 'bin', 'python');
    const r = spawnSync(python, ['-c', 'import sys,yaml,json; print(json.dumps([d for d in yaml.safe_load_all(sys.stdin) if d is not None]))'], { input: text, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cannot parse YAML with ${python}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  }
}

/** Generates (or reuses) the schema sets: their directories by set name (flux, prometheus-operator, kubernetes-<minor>). */
export function ensureSchemas(minors: readonly string[]): Map<string, string> {
  const r = spawnSync('bash', [path.join(REPO_ROOT, 'verify', 'schemas.sh'), ...minors], { encoding: 'utf8', cwd: REPO_ROOT });
  process.stderr.write(r.stderr.split('\n').filter((l) => l.startsWith('[schemas]')).map((l) => `${l}\n`).join(''));
  if (r.status !== 0) throw new Error(`verify/schemas.sh failed: ${r.stderr.slice(-600)}`);
  return new Map(r.stdout.trim().split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
}

/** Validates files of Kubernetes objects; returns per-file results. Exported for the pipeline's own test. */
export function kubeconform(files: readonly string[], kubernetesMinor: string, sets: ReadonlyMap<string, string>): { file: string; status: string; msg: string }[] {
  const r = spawnSync(path.join(TOOLS_DIR, 'bin', 'kubeconform'), [
    '-strict', '-summary', '-verbose', '-output', 'json',
    '-kubernetes-version', `${kubernetesMinor}.0`,
    '-schema-location', path.join(sets.get(`kubernetes-${kubernetesMinor}`)!, '{{ .ResourceKind }}{{ .KindSuffix }}.json'),
    ...['flux', 'prometheus-operator'].flatMap((set) => ['-schema-location', path.join(sets.get(set)!, '{{ .Group }}_{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json')]),
    '-skip', Object.keys(KINDS_WITHOUT_UPSTREAM_SCHEMA).join(','),
    ...files,
  ], { encoding: 'utf8' });
  const report = JSON.parse(r.stdout || '{"resources":[]}');
  // kubeconform lists only invalid, errored and skipped objects: the others passed.
  const listed = new Map<string, { status: string; msg: string }>();
  for (const res of report.resources ?? []) listed.set(res.filename, { status: res.status.replace('status', '').toLowerCase(), msg: res.msg ?? '' });
  return files.map((file) => ({ file, ...(listed.get(file) ?? { status: 'valid', msg: '' }) }));
}

const FIXTURES = path.join(REPO_ROOT, 'verify', 'fixtures', 'kubernetes');

/** The pipeline checks itself: every fixture under valid/ must pass and every one under invalid/ must fail. */
function selfTest(minor: string, sets: ReadonlyMap<string, string>): CheckResult {
  const files = (kind: string) => fs.readdirSync(path.join(FIXTURES, kind)).map((f) => path.join(FIXTURES, kind, f));
  const wronglyRejected = kubeconform(files('valid'), minor, sets).filter((o) => o.status !== 'valid');
  const wronglyAccepted = kubeconform(files('invalid'), minor, sets).filter((o) => o.status === 'valid');
  const ok = wronglyRejected.length === 0 && wronglyAccepted.length === 0;
  return {
    check: 'kubeconform self-test',
    target: path.relative(REPO_ROOT, FIXTURES),
    status: ok ? 'pass' : 'fail',
    detail: ok
      ? `${files('valid').length} valid fixture files accepted, ${files('invalid').length} invalid ones rejected`
      : [...wronglyRejected.map((o) => `rejected ${o.file}: ${o.msg}`), ...wronglyAccepted.map((o) => `accepted ${o.file}`)].join('; '),
  };
}

export function kubeconformChecks(stacks: readonly SynthesizedStack[], kubernetesVersions: ReadonlyMap<string, string>): CheckResult[] {
  const binary = path.join(TOOLS_DIR, 'bin', 'kubeconform');
  if (!fs.existsSync(binary)) return [{ check: 'kubeconform', target: 'all stacks', status: 'blocked', detail: `${binary} missing: run verify/build-tools.sh` }];
  const minors = [...new Set(kubernetesVersions.values())];
  const sets = ensureSchemas(minors);
  const results: CheckResult[] = [selfTest(minors[0], sets)];
  for (const s of stacks) {
    const objects = kubernetesObjects(s.json);
    if (objects.length === 0) continue;
    const minor = kubernetesVersions.get(s.environment);
    if (!minor) {
      results.push({ check: 'kubeconform', target: label(s), status: 'fail', detail: `no kubernetesVersion for environment ${s.environment}` });
      continue;
    }
    const dir = path.join(TOOLS_DIR, 'work', 'kubeconform', s.environment, s.stack);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const files = objects.map((o, i) => {
      const file = path.join(dir, `${String(i).padStart(3, '0')}-${o.object.kind ?? 'unknown'}.json`);
      fs.writeFileSync(file, JSON.stringify(o.object, null, 2));
      return file;
    });
    const outcome = kubeconform(files, minor, sets);
    const skipped = outcome.filter((o) => o.status === 'skipped');
    const bad = outcome.filter((o) => o.status !== 'valid' && o.status !== 'skipped');
    const skippedKinds = [...new Set(skipped.map((o) => objects[files.indexOf(o.file)].object.kind))].sort();
    results.push({
      check: `kubeconform (Kubernetes ${minor}, Flux ${FLUX_VERSION})`,
      target: label(s),
      status: bad.length === 0 ? 'pass' : 'fail',
      detail: [
        `${outcome.length - bad.length - skipped.length} valid, ${bad.length} invalid, ${skipped.length} skipped` +
          (skippedKinds.length > 0 ? ` (no upstream schema: ${skippedKinds.join(', ')}; verify/kinds-without-schema.ts)` : ''),
        ...bad.map((b) => `${objects[files.indexOf(b.file)].address}: ${b.status}: ${b.msg}`)].join('\n      '),
    });
  }
  if (results.length === 1) {
    results.push({ check: 'kubeconform', target: 'all stacks', status: 'pass', detail: 'no stack writes Kubernetes objects yet' });
  }
  return results;
}
