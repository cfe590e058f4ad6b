/**
 * The PascalCase form of a settings name for use in a construct ID: `payments-api` -> `PaymentsApi`,
 * `ecr.api` -> `EcrApi`. Construct IDs become Terraform addresses, so every construct derives them
 * from names the same way.
 */
export function pascalCase(name: string): string {
  return name.replace(/(^|[-.])(\w)/g, (_match, _separator, letter: string) => letter.toUpperCase());
}
