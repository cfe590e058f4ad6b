// The module object itself (not a namespace copy), so that a spy sees cdktf's calls.
import childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CloudBackend, Lazy, NamedCloudWorkspace, TerraformStack } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { createApp, synthesizeApp, withoutTokenStackTraces } from '../../modules/platform/synthesize';

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'synthesize-'));
}

/** An app with one stack in a Terraform Cloud workspace holding one bucket, with or without its provider. */
function appWithBucket(app: App, withProvider: boolean): App {
  const stack = new TerraformStack(app, 'network');
  new CloudBackend(stack, { organization: 'acme-fintech', workspaces: new NamedCloudWorkspace('network') });
  if (withProvider) new AwsProvider(stack, 'Aws', { region: 'eu-west-2' });
  new S3Bucket(stack, 'Bucket', { bucket: 'acme-logs' });
  return app;
}

describe('synthesizing an app', () => {
  afterEach(() => jest.restoreAllMocks());

  test('Given a cloud block, when synthesized, then no `terraform version` process is started (cdktf alone starts one per stack)', () => {
    const execSync = jest.spyOn(childProcess, 'execSync');
    const outdir = scratch();

    synthesizeApp(appWithBucket(createApp({ outdir }), true));

    expect(execSync).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(outdir, 'stacks', 'network', 'cdk.tf.json'))).toBe(true);
    appWithBucket(new App({ outdir: scratch() }), true).synth();
    expect(execSync).toHaveBeenCalledWith('terraform version', expect.anything());
  });

  test('Given a resource without its provider, when synthesized, then it fails naming stack and provider and writes nothing', () => {
    const outdir = scratch();
    expect(() => synthesizeApp(appWithBucket(createApp({ outdir }), false))).toThrow(
      /\[network\] Found resources without a matching provider construct.*stack 'network' for the following providers: aws/,
    );
    expect(fs.existsSync(path.join(outdir, 'stacks', 'network', 'cdk.tf.json'))).toBe(false);
  });

  test('Given an App not made by createApp, when synthesized, then it is refused before anything runs', () => {
    expect(() => synthesizeApp(new App({ outdir: scratch() }))).toThrow('synthesizeApp needs an App made by createApp()');
  });
});

describe('defining and synthesizing without token stack traces', () => {
  const token = () => Lazy.anyValue({ produce: () => 'value' });

  test('Given a token made inside, then it carries no creation stack; made outside, it does', () => {
    expect(withoutTokenStackTraces(token).creationStack).toEqual([]);
    expect(token().creationStack.length).toBeGreaterThan(0);
  });

  test('Given an error raised inside, then its stack trace is kept', () => {
    const stack = withoutTokenStackTraces(() => new Error('boom').stack);
    expect(stack).toMatch(/^Error: boom\n\s+at /);
  });

  test('Given the body throws, then the error passes through and tokens made afterwards carry their creation stack again', () => {
    expect(() =>
      withoutTokenStackTraces(() => {
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(token().creationStack.length).toBeGreaterThan(0);
  });

  test('Given PLATFORM_TOKEN_STACKS=1, then tokens made inside keep their creation stack for debugging', () => {
    process.env.PLATFORM_TOKEN_STACKS = '1';
    try {
      expect(withoutTokenStackTraces(token).creationStack.length).toBeGreaterThan(0);
    } finally {
      delete process.env.PLATFORM_TOKEN_STACKS;
    }
  });
});
