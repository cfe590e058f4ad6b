import { EnvironmentValidationError } from '../modules/environment/load';
import { SubstitutionContractError } from '../modules/gitops/substitution-contract';

/** Prints a settings or contract error as the list it is (no stack trace) and exits non-zero; rethrows anything else. */
export function reportAndExit(error: unknown): never {
  if (error instanceof EnvironmentValidationError || error instanceof SubstitutionContractError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
