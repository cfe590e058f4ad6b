import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { LAYERS } from '../modules/platform/platform-stack';
import { resourceList, resourcesOf, synthEnvironment, synthShipped, variantOf } from './support/synth';

const prod = synthShipped('prod');
const local = synthEnvironment(variantOf('test', (settings) => delete settings.terraformCloud, 'sandbox'));

describe('the platform of one environment', () => {
  test('has the three layers as stacks named network, cluster and gitops, each depending on the one before', () => {
    expect(LAYERS).toEqual(['network', 'cluster', 'gitops']);
    expect(prod.platform.network.node.id).toBe('network');
    expect(prod.platform.cluster.node.id).toBe('cluster');
    expect(prod.platform.gitops.node.id).toBe('gitops');
    expect(prod.platform.cluster.dependencies).toContain(prod.platform.network);
    expect(prod.platform.gitops.dependencies).toContain(prod.platform.cluster);
  });

  test.each(LAYERS)('runs the %s layer in its own Terraform Cloud workspace, named by environment and layer', (layer) => {
    const config = prod[layer].config;
    expect(config.terraform.cloud).toEqual({
      organization: 'acme-fintech',
      workspaces: { name: `eks-platform-prod-${layer}`, project: 'eks-platform' },
    });
  });

  test('the cluster layer reads the network layer through remote state of the network workspace, not copied IDs', () => {
    const remoteState = prod.cluster.config.data.terraform_remote_state;
    const [reference] = Object.values(remoteState) as any[];
    expect(reference).toEqual({ backend: 'remote', config: { organization: 'acme-fintech', workspaces: { name: 'eks-platform-prod-network' } } });
    const networkOutputs = Object.keys(prod.network.config.output);
    expect(networkOutputs.length).toBeGreaterThan(0);
    networkOutputs.forEach((output) => expect(prod.network.config.output[output].sensitive).toBe(true));
  });

  test('falls back to local state when the environment names no Terraform Cloud organization', () => {
    LAYERS.forEach((layer) => {
      expect(local[layer].config.terraform.cloud).toBeUndefined();
      expect(local[layer].config.terraform.backend.local).toBeDefined();
    });
    const [reference] = Object.values(local.cluster.config.data.terraform_remote_state) as any[];
    expect(reference.backend).toBe('local');
  });

  test('a bootstrap stack creates the layers\' workspaces, tagged by environment and layer, each readable only by the next layer', () => {
    const workspaces = resourceList(prod.workspaces!, 'tfe_workspace');
    const byName = Object.fromEntries(workspaces.map((workspace) => [workspace.name, workspace]));
    expect(Object.keys(byName).sort()).toEqual(['eks-platform-prod-cluster', 'eks-platform-prod-gitops', 'eks-platform-prod-network']);
    LAYERS.forEach((layer) => expect(byName[`eks-platform-prod-${layer}`].tags).toEqual({ environment: 'prod', layer }));
    const workspaceIds = Object.fromEntries(Object.entries(resourcesOf(prod.workspaces!, 'tfe_workspace')).map(([id, w]) => [w.name, `\${tfe_workspace.${id}.id}`]));
    expect(byName['eks-platform-prod-network'].remote_state_consumer_ids).toEqual([workspaceIds['eks-platform-prod-cluster']]);
    expect(byName['eks-platform-prod-cluster'].remote_state_consumer_ids).toEqual([workspaceIds['eks-platform-prod-gitops']]);
    workspaces.forEach((workspace) => expect(workspace.global_remote_state).toBe(false));
    expect(prod.workspaces!.config.terraform.cloud.workspaces.name).toBe('eks-platform-prod-workspaces');
  });

  test('without Terraform Cloud there is no workspaces stack', () => {
    expect(local.platform.workspaces).toBeUndefined();
  });

  test('tags every AWS resource with its environment and layer through provider default tags', () => {
    const tags = prod.network.config.provider.aws[0].default_tags[0].tags;
    expect(tags).toMatchObject({ environment: 'prod', layer: 'network', 'managed-by': 'eks-platform-sdk' });
  });

  test('derives no fact from data sources that call AWS at plan time', () => {
    LAYERS.forEach((layer) => {
      const dataSources = Object.keys(prod[layer].config.data ?? {});
      expect(dataSources.filter((type) => type.startsWith('aws_'))).toEqual([]);
    });
  });
});

describe('no secret value is ever synthesized', () => {
  const SECRET_ATTRIBUTES = /^(password|master_password|master_user_password|secret_string|secret_binary|private_key|token|access_key|secret_key)$/;
  const EPHEMERAL_REFERENCE = /^\$\{ephemeral\.[\w.]+\}$/;

  function secretAttributes(value: unknown, path: string[] = []): string[] {
    if (Array.isArray(value)) return value.flatMap((item, index) => secretAttributes(item, [...path, String(index)]));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, item]) => [
        // A reference to an ephemeral resource (Terraform >= 1.10) is read at run time and never stored.
        ...(SECRET_ATTRIBUTES.test(key) && !EPHEMERAL_REFERENCE.test(String(item)) ? [[...path, key].join('.')] : []),
        ...secretAttributes(item, [...path, key]),
      ]);
    }
    return [];
  }

  test.each(LAYERS)('the %s stack has no secret attribute and no secret version resource', (layer) => {
    expect(secretAttributes(prod[layer].config)).toEqual([]);
    expect(resourceList(prod[layer], 'aws_secretsmanager_secret_version')).toEqual([]);
    expect(prod[layer].json).not.toMatch(/BEGIN (RSA |OPENSSH |EC )?PRIVATE KEY/);
  });

  test('the only secret attribute of any stack is the Flux deploy key, referenced from an ephemeral read', () => {
    expect(prod.cluster.config.provider.flux[0].git.ssh.private_key).toMatch(/^\$\{ephemeral\./);
    expect(secretAttributes({ private_key: 'literal' })).toEqual(['private_key']);
  });

  test('the database master password is managed by RDS in Secrets Manager', () => {
    expect(prod.network.json).toHaveResourceWithProperties(DbInstance, { manage_master_user_password: true });
  });
});
