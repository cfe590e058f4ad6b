import { App } from 'cdktf';
import { loadEnvironments } from './modules/environment/load';
import { definePlatform } from './modules/platform/platform';
import { reportAndExit } from './bin/report';

/**
 * The cdktf app for one environment, chosen by PLATFORM_ENV (default `test`):
 *   PLATFORM_ENV=prod cdktf deploy network cluster gitops
 */
const environmentName = process.env.PLATFORM_ENV ?? 'test';
try {
  const [environment] = loadEnvironments([environmentName]);
  const app = new App();
  definePlatform(app, environment);
  app.synth();
} catch (error) {
  reportAndExit(error);
}
