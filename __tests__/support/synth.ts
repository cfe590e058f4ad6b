import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { App, Testing } from 'cdktf';
import { Environment, loadEnvironments, validateEnvironment } from '../../modules/environment/load';
import { EnvironmentInput } from '../../modules/environment/schema';
import { definePlatform, Platform } from '../../modules/platform/platform';
import { createApp, synthesizeApp, withoutTokenStackTraces } from '../../modules/platform/synthesize';

/** A synthesized stack: the JSON text (for cdktf's matchers and snapshots) and its parsed form. */
export interface SynthesizedStack {
  readonly json: string;
  readonly config: Record<string, any>;
}

export interface SynthesizedPlatform {
  readonly environment: Environment;
  readonly platform: Platform;
  readonly network: SynthesizedStack;
  readonly cluster: SynthesizedStack;
  readonly gitops: SynthesizedStack;
  readonly workspaces?: SynthesizedStack;
}

export function synthEnvironment(environment: Environment): SynthesizedPlatform {
  // A whole-app synth, as `npm run synth` does it (cross-stack references only resolve across the
  // app), with Testing.app()'s settings: a scratch folder, stubbed version, future flags on.
  const { app, platform } = withoutTokenStackTraces(() => {
    const app: App = createApp({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf.outdir.')), stackTraces: false });
    Testing.stubVersion(app);
    Testing.enableFutureFlags(app);
    const platform = definePlatform(app, environment);
    synthesizeApp(app);
    return { app, platform };
  });
  const stack = (layer: 'network' | 'cluster' | 'gitops' | 'workspaces'): SynthesizedStack => {
    const json = fs.readFileSync(path.join(app.outdir, 'stacks', layer, 'cdk.tf.json'), 'utf8');
    return { json, config: JSON.parse(json) };
  };
  return {
    environment,
    platform,
    network: stack('network'),
    cluster: stack('cluster'),
    gitops: stack('gitops'),
    workspaces: platform.workspaces ? stack('workspaces') : undefined,
  };
}

/** Synthesizes a shipped environment by name. */
export function synthShipped(name: string): SynthesizedPlatform {
  return synthEnvironment(loadEnvironments([name])[0]);
}

/** The shipped settings of `name`, as written in environments/. */
export function shippedSettings(name: string): EnvironmentInput {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return structuredClone(require(`../../environments/${name}`).default);
}

/** A shipped environment's settings with changes applied, validated under another name. */
export function variantOf(name: string, change: (settings: any) => void, as = `${name}-variant`): Environment {
  const settings = shippedSettings(name);
  change(settings);
  return validateEnvironment(as.slice(0, 16), settings);
}

/** Resources of one type in a synthesized stack, by logical name. */
export function resourcesOf(stack: SynthesizedStack, type: string): Record<string, any> {
  return stack.config.resource?.[type] ?? {};
}

export function resourceList(stack: SynthesizedStack, type: string): any[] {
  return Object.values(resourcesOf(stack, type));
}
