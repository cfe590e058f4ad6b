import { resourceInstanceCount, withoutStateConfig } from '../../verify/stacks';
import { withoutProviders } from '../../verify/terraform';

describe('resource instance counting (compared with "N to add" of the offline plan)', () => {
  test.each([
    ['plain blocks count once each', { resource: { aws_vpc: { A: {} }, aws_subnet: { B: {}, C: {} } } }, 3],
    ['a literal count multiplies', { resource: { aws_eip: { A: { count: 3 } } } }, 3],
    ['a literal for_each map counts its keys', { resource: { aws_ecr_repository: { A: { for_each: { a: 1, b: 2 } } } } }, 2],
    ['a for_each over a local counts the local', { locals: { names: ['x', 'y', 'x'] }, resource: { aws_s3_bucket: { A: { for_each: '${toset(local.names)}' } } } }, 2],
    [
      'ACM validation records count the distinct domain names of their certificate',
      {
        resource: {
          aws_acm_certificate: { Cert: { domain_name: 'a.example', subject_alternative_names: ['*.a.example'] } },
          aws_route53_record: { V: { for_each: '${{ for option in aws_acm_certificate.Cert.domain_validation_options : option.domain_name => option }}' } },
        },
      },
      3,
    ],
  ])('Given %s, then the count is right', (_name, json, expected) => {
    expect(resourceInstanceCount(json)).toBe(expected);
  });

  test('Given a count only Terraform can compute, then the count is reported unknown rather than guessed', () => {
    expect(resourceInstanceCount({ resource: { aws_eip: { A: { count: '${length(var.x)}' } } } })).toBeUndefined();
  });
});

describe('copies made for validation', () => {
  test('Given a stack with a cloud block, when the state configuration is stripped, then only the cloud/backend block goes', () => {
    const json = { terraform: { cloud: { organization: 'o' }, required_providers: { aws: { source: 'aws' } } }, resource: { aws_vpc: { A: {} } } };
    expect(withoutStateConfig(json)).toEqual({ terraform: { required_providers: { aws: { source: 'aws' } } }, resource: { aws_vpc: { A: {} } } });
    expect(json.terraform.cloud).toBeDefined();
  });

  test('Given a provider that cannot be installed, when it is stripped, then its blocks and everything referring to them go and the rest stays', () => {
    const json = {
      terraform: { required_providers: { flux: { source: 'fluxcd/flux' }, aws: { source: 'aws' } } },
      provider: { flux: [{}], aws: [{}] },
      resource: {
        flux_bootstrap_git: { Bootstrap: { path: 'clusters/prod' } },
        aws_ssm_parameter: { Uses: { value: '${flux_bootstrap_git.Bootstrap.id}' }, Independent: { value: 'x' } },
        null_resource: { After: { depends_on: ['aws_ssm_parameter.Uses'] } },
      },
      output: { bootstrap: { value: '${flux_bootstrap_git.Bootstrap.id}' }, other: { value: 'x' } },
    };
    const partial = withoutProviders(json, ['flux']);
    expect(partial.resource).toEqual({ aws_ssm_parameter: { Independent: { value: 'x' } } });
    expect(partial.output).toEqual({ other: { value: 'x' } });
    expect(partial.provider).toEqual({ aws: [{}] });
    expect(Object.keys(partial.terraform.required_providers)).toEqual(['aws']);
  });
});
