import { FluxSyntaxError, parseFluxString, variableNames } from '../../modules/gitops/flux-variables';
import { escapeForTerraform } from '../../modules/gitops/environment-config-values';

describe('Flux post-build variable syntax', () => {
  test.each([
    ['plain text', 'eu-west-2', []],
    ['a variable', '${CLUSTER_NAME}', ['CLUSTER_NAME']],
    ['variables inside text', 'logs-${ENVIRONMENT}.${HOSTED_ZONE_NAME}', ['ENVIRONMENT', 'HOSTED_ZONE_NAME']],
    ['a default', '${REPLICAS:=3}', ['REPLICAS']],
    ['a default that is itself a variable', '${A:-${B}}', ['A', 'B']],
    ['an escaped variable', '$${NOT_A_KEY}', []],
    ['Prometheus templating with a single dollar', '{{ $labels.namespace }}', []],
    ['a shell variable without braces', 'echo $HOME', []],
  ])('given %s, then the names used are found', (_case, text, names) => {
    expect(variableNames(parseFluxString(text))).toEqual(names);
  });

  test('given an escaped variable, then the text keeps it literal with one dollar, as Flux outputs it', () => {
    expect(parseFluxString('a$${B}c')).toEqual([{ type: 'text', value: 'a${B}c' }]);
    expect(parseFluxString('$$HOME')).toEqual([{ type: 'text', value: '$HOME' }]);
  });

  test('given a default, then its value is kept as segments', () => {
    expect(parseFluxString('${PORT:=8080}')).toEqual([{ type: 'variable', expression: '${PORT:=8080}', name: 'PORT', fallback: [{ type: 'text', value: '8080' }] }]);
  });

  test('given an operator the platform does not translate, then it is marked, not dropped', () => {
    expect(parseFluxString('${ENVIRONMENT^^}')).toEqual([{ type: 'variable', expression: '${ENVIRONMENT^^}', name: 'ENVIRONMENT', unsupportedOperator: '^^' }]);
  });

  test.each([
    ['a name starting with a digit', '${1ST}'],
    ['an expression, as in a JavaScript template', '${INTERVAL / 1000}'],
    ['an unclosed variable', '${CLUSTER_NAME'],
  ])('given %s, then it is a syntax error, as kustomize-controller reports it', (_case, text) => {
    expect(() => parseFluxString(text)).toThrow(FluxSyntaxError);
  });
});

describe('escaping literal text for Terraform', () => {
  test('doubles template openers so Terraform keeps them literal', () => {
    expect(escapeForTerraform('${x} and %{ if }')).toBe('$${x} and %%{ if }');
    expect(escapeForTerraform('{{ $labels.pod }}')).toBe('{{ $labels.pod }}');
  });
});
