import { App, AppConfig, TerraformBackend } from 'cdktf';
import { IConstruct } from 'constructs';
import { resolveFromCdktf } from './cdktf-install';

/**
 * An App that leaves validation to {@link synthesizeApp}. Every entry point (npm run synth, the cdktf
 * CLI's app, the tests) builds its App here so that all synthesize alike.
 */
export function createApp(config: Omit<AppConfig, 'skipValidation'> = {}): App {
  return new App({ ...config, skipValidation: true });
}

/**
 * The problems cdktf's own validation would report (e.g. a resource whose provider is not defined
 * in its stack), except one: a `cloud` block's check that runs the local `terraform version`. That
 * check starts a Terraform process per stack (about 120 ms each, most of a synth's time), fails on a
 * machine without Terraform, which synth does not otherwise need, and checks the wrong binary: the
 * workspaces plan with the Terraform version Terraform Cloud runs, which then rejects a
 * configuration it cannot read with a clear error.
 */
export function validateApp(app: IConstruct): string[] {
  return app.node
    .findAll()
    .filter((construct) => !(construct instanceof TerraformBackend))
    .flatMap((construct) => construct.node.validate().map((message) => `[${construct.node.path}] ${message}`));
}

/** cdktf's token trace recorder: the function its tokens call through this module object when created. */
function tokenTraceRecorder(): { captureStackTrace: (below?: unknown) => string[] } | undefined {
  try {
    return require(resolveFromCdktf('cdktf/lib/tokens/private/stack-trace'));
  } catch {
    return undefined; // another cdktf layout: traces are recorded as usual
  }
}

/**
 * Runs `body` (defining and synthesizing apps) without the stack trace cdktf records for every token
 * it creates: a full-depth trace per attribute reference, kept only for the message of a token that
 * fails to resolve, and about a tenth of a synth. Errors keep their stack traces. Set
 * PLATFORM_TOKEN_STACKS=1 to keep token traces while debugging such a message.
 */
export function withoutTokenStackTraces<T>(body: () => T): T {
  const recorder = process.env.PLATFORM_TOKEN_STACKS === '1' ? undefined : tokenTraceRecorder();
  if (!recorder) return body();
  const previous = recorder.captureStackTrace;
  // cdktf stores the returned frames on the token; an empty list is what it records when no trace is available.
  recorder.captureStackTrace = () => [];
  try {
    return body();
  } finally {
    recorder.captureStackTrace = previous;
  }
}

/** Validates the app as {@link validateApp} does, then writes every stack; nothing is written on a problem. */
export function synthesizeApp(app: App): void {
  if (!app.skipValidation) {
    throw new Error('synthesizeApp needs an App made by createApp(): cdktf would run its own validations, including `terraform version` per stack');
  }
  const problems = validateApp(app);
  if (problems.length > 0) {
    throw new Error(`Validation failed with the following errors:\n  ${problems.join('\n  ')}`);
  }
  app.synth();
}
