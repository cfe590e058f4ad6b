/**
 * Flux post-build substitution as kustomize-controller does it (github.com/fluxcd/pkg/envsubst, used
 * by Flux v2.6): `${NAME}` and `${NAME<op>...}` are variables, `$$` is an escaped `$`, and a bare
 * `$name` is left alone. The platform reads this syntax twice: to check every variable against the
 * environment ConfigMap at synth time, and to let Terraform substitute the same variables when it
 * applies the objects itself.
 */

/** Variable names kustomize-controller accepts. */
const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
/** Default operators: `:=`/`:-` when unset or empty, `=`/`-` when unset. */
const DEFAULT_OPERATORS = [':=', ':-', '=', '-'] as const;

export type FluxSegment =
  | { readonly type: 'text'; readonly value: string }
  | {
      readonly type: 'variable';
      /** The whole expression as written, e.g. `${HOSTED_ZONE_NAME:=example.com}`. */
      readonly expression: string;
      readonly name: string;
      /** The default's own segments (a default may hold variables), when the expression has one. */
      readonly fallback?: readonly FluxSegment[];
      /** An operator this platform does not translate (case change, substring, replace...). */
      readonly unsupportedOperator?: string;
    };

export class FluxSyntaxError extends Error {}

/** Splits a string into text and variables; text keeps escaped dollars already unescaped. */
export function parseFluxString(input: string): FluxSegment[] {
  const segments: FluxSegment[] = [];
  let text = '';
  let index = 0;
  while (index < input.length) {
    if (input.startsWith('$$', index)) {
      text += '$';
      index += 2;
    } else if (input.startsWith('${', index)) {
      const end = closingBrace(input, index + 2);
      if (end < 0) throw new FluxSyntaxError(`unclosed variable in "${input}"`);
      if (text) segments.push({ type: 'text', value: text });
      text = '';
      segments.push(variable(input.slice(index, end + 1)));
      index = end + 1;
    } else {
      text += input[index];
      index += 1;
    }
  }
  if (text) segments.push({ type: 'text', value: text });
  return segments;
}

function closingBrace(input: string, from: number): number {
  let depth = 1;
  for (let index = from; index < input.length; index += 1) {
    if (input.startsWith('${', index)) {
      depth += 1;
      index += 1;
    } else if (input[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

function variable(expression: string): FluxSegment {
  const body = expression.slice(2, -1);
  const name = /^[^:=\-#%/^,}]*/.exec(body)![0];
  if (!NAME.test(name)) throw new FluxSyntaxError(`"${expression}" is not a valid variable: names are letters, digits and "_", not starting with a digit`);
  const rest = body.slice(name.length);
  if (rest === '') return { type: 'variable', expression, name };
  const operator = DEFAULT_OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (operator) return { type: 'variable', expression, name, fallback: parseFluxString(rest.slice(operator.length)) };
  return { type: 'variable', expression, name, unsupportedOperator: rest };
}

/** Every variable name a string uses, including those inside defaults. */
export function variableNames(segments: readonly FluxSegment[]): string[] {
  return segments.flatMap((segment) =>
    segment.type === 'text' ? [] : [segment.name, ...(segment.fallback ? variableNames(segment.fallback) : [])],
  );
}

/** Calls `visit` for every string in a JSON-like value, keys included: Flux substitutes the whole YAML text. */
export function forEachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((item) => forEachString(item, visit));
  else if (value !== null && typeof value === 'object') {
    Object.entries(value).forEach(([key, item]) => {
      visit(key);
      forEachString(item, visit);
    });
  }
}

/** Rebuilds a JSON-like value with every string mapped. */
export function mapStrings(value: unknown, map: (text: string) => unknown): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  return value;
}
