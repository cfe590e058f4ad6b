import * as fs from 'fs';
import * as path from 'path';
import { StackConfig } from '../../review/stack-diff';
import { SynthOutput } from '../../review/synth-output';
import { SynthesizedPlatform } from './synth';

/** A hand-written stack configuration from __tests__/review/fixtures. */
export function reviewFixture(name: string): StackConfig {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'review', 'fixtures', name), 'utf8'));
}

/** Synthesized platforms as the review reads them from disk: environment -> stack -> configuration. */
export function synthOutputOf(...platforms: SynthesizedPlatform[]): SynthOutput {
  return new Map(
    platforms.map((platform) => {
      const stacks = new Map<string, StackConfig>();
      for (const layer of ['workspaces', 'network', 'cluster', 'gitops'] as const) {
        const stack = platform[layer];
        if (stack) stacks.set(layer, stack.config);
      }
      return [platform.environment.name, stacks];
    }),
  );
}
