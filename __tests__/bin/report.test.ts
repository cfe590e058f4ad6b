import { reportAndExit } from '../../bin/report';
import { EnvironmentValidationError } from '../../modules/environment/load';

describe('reporting a failed synth', () => {
  test('a settings error prints the whole list and exits 1, without a stack trace', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const error = new EnvironmentValidationError([
      { environment: 'prod', field: 'availabilityZones', message: 'needs exactly 3 availability zones' },
      { environment: 'test', field: 'dns.zoneName', message: 'must be a DNS name' },
    ]);

    expect(() => reportAndExit(error)).toThrow('exit 1');

    const printed = stderr.mock.calls.map(([text]) => String(text)).join('');
    expect(printed).toContain('Invalid environment settings (2 problems)');
    expect(printed).toContain('environment "prod", field availabilityZones: needs exactly 3 availability zones');
    expect(printed).toContain('environment "test", field dns.zoneName: must be a DNS name');
    expect(printed).not.toMatch(/\n\s+at /);
    exit.mockRestore();
    stderr.mockRestore();
  });

  test('any other error is rethrown so its stack trace is not lost', () => {
    const bug = new TypeError('a bug');
    expect(() => reportAndExit(bug)).toThrow(bug);
  });
});
