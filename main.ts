// First: a code cache for the modules loaded after it, and cdktf's zip library deferred (see the file).
import './modules/platform/fast-start';
import { loadEnvironments } from './modules/environment/load';
import { definePlatform } from './modules/platform/platform';
import { createApp, synthesizeApp, withoutTokenStackTraces } from './modules/platform/synthesize';
import { reportAndExit } from './bin/report';

/**
 * The cdktf app for one environment, chosen by PLATFORM_ENV (default `test`):
 *   PLATFORM_ENV=prod cdktf deploy network cluster gitops
 */
const environmentName = process.env.PLATFORM_ENV ?? 'test';
try {
  const [environment] = loadEnvironments([environmentName]);
  withoutTokenStackTraces(() => {
    const app = createApp();
    definePlatform(app, environment);
    synthesizeApp(app);
  });
} catch (error) {
  reportAndExit(error);
}
