import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthAll } from '../../bin/synth-all';
import { ENVIRONMENTS_DIR, environmentNames } from '../../modules/environment/load';
import { shippedSettings } from '../support/synth';

/** A throwaway environments folder holding the given settings files as plain JavaScript modules. */
function environmentsFolder(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'environments-'));
  for (const [name, settings] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, `${name}.js`), `module.exports = { default: ${JSON.stringify(settings)} };\n`);
  }
  return dir;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('synthesizing every environment', () => {
  let outRoot: string;
  beforeEach(() => {
    outRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-out-'));
  });

  test('writes cdk.tf.json for every layer of every shipped environment, each environment in its own folder', () => {
    const written = synthAll(undefined, outRoot);
    expect(written.map((dir) => path.basename(dir))).toEqual(environmentNames(ENVIRONMENTS_DIR));
    for (const name of ['test', 'prod']) {
      for (const layer of ['network', 'cluster', 'gitops']) {
        expect(fs.existsSync(path.join(outRoot, name, 'stacks', layer, 'cdk.tf.json'))).toBe(true);
      }
    }
  });

  test('a new environment is a new settings file and nothing else', () => {
    const staging = { ...shippedSettings('test'), dns: { zoneName: 'staging.platform.acme-fintech.com' } };
    const dir = environmentsFolder({ staging });

    synthAll(undefined, outRoot, dir);

    const network = JSON.parse(fs.readFileSync(path.join(outRoot, 'staging', 'stacks', 'network', 'cdk.tf.json'), 'utf8'));
    expect(network.terraform.cloud.workspaces.name).toBe('eks-platform-staging-network');
    expect(Object.values(network.resource.aws_route53_zone)).toEqual([expect.objectContaining({ name: 'staging.platform.acme-fintech.com' })]);
  });

  test('a bad environment fails before anything is written, reporting every environment', () => {
    const good = shippedSettings('test');
    const bad = { ...shippedSettings('prod'), availabilityZones: ['eu-west-2a'] };
    const worse = { ...shippedSettings('test'), network: { ...good.network, vpcCidr: 'nonsense' } };
    const dir = environmentsFolder({ good, bad, worse });

    expect(() => synthAll(undefined, outRoot, dir)).toThrow(
      /environment "bad", field availabilityZones: needs exactly 3[\s\S]*environment "worse", field network\.vpcCidr: must be an IPv4 CIDR/,
    );
    expect(listFiles(outRoot)).toEqual([]);
  });
});
