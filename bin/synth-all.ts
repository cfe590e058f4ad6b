// First: a code cache for the modules loaded after it, and cdktf's zip library deferred (see the file).
import '../modules/platform/fast-start';
import * as fs from 'fs';
import * as path from 'path';
import { ENVIRONMENTS_DIR, loadEnvironments } from '../modules/environment/load';
import { definePlatform } from '../modules/platform/platform';
import { createApp, synthesizeApp, withoutTokenStackTraces } from '../modules/platform/synthesize';
import { reportAndExit } from './report';

/**
 * Synthesizes every stack of every environment (or those named as arguments) into
 * cdktf.out/environments/<env>/stacks/<layer>/cdk.tf.json. All settings are validated before
 * anything is written, and each environment is synthesized into a scratch folder that replaces the
 * old one only when complete, so a failure leaves no partial output behind.
 */
export function synthAll(names: readonly string[] | undefined, outRoot: string, environmentsDir: string = ENVIRONMENTS_DIR): string[] {
  const environments = loadEnvironments(names && names.length > 0 ? names : undefined, environmentsDir);
  fs.mkdirSync(outRoot, { recursive: true });
  const written: string[] = [];
  for (const environment of environments) {
    const target = path.join(outRoot, environment.name);
    const scratch = `${target}.partial`;
    fs.rmSync(scratch, { recursive: true, force: true });
    withoutTokenStackTraces(() => {
      const app = createApp({ outdir: scratch });
      definePlatform(app, environment);
      synthesizeApp(app);
    });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(scratch, target);
    written.push(target);
  }
  return written;
}

if (require.main === module) {
  const outRoot = path.resolve(process.env.PLATFORM_OUT ?? path.join(__dirname, '..', '..', 'cdktf.out', 'environments'));
  try {
    for (const dir of synthAll(process.argv.slice(2), outRoot)) {
      process.stdout.write(`synthesized ${path.relative(process.cwd(), dir)}\n`);
    }
  } catch (error) {
    reportAndExit(error);
  }
}
