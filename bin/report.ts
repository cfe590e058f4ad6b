import { EnvironmentValidationError } from '../modules/environment/load';

/** Prints a settings error as the list it is (no stack trace) and exits non-zero; rethrows anything else. */
export function reportAndExit(error: unknown): never {
  if (error instanceof EnvironmentValidationError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
