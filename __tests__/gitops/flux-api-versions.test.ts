import { FLUX_VERSION } from '../../modules/contracts/flux';
import { FLUX_API_RELEASE, FLUX_API_VERSIONS, minutes } from '../../modules/gitops/flux/api-versions';
import { validatorFor } from '../support/kubernetes-schemas';

describe('the Flux APIs the gitops layer writes', () => {
  // Bumping FLUX_VERSION must come with a review of these API versions and a schemas/ regeneration.
  test('are those of the Flux release the cluster layer bootstraps', () => {
    expect(FLUX_API_RELEASE).toBe(FLUX_VERSION);
  });

  test.each(Object.entries(FLUX_API_VERSIONS))('%s %s has a vendored schema of that release', (kind, apiVersion) => {
    expect(validatorFor({ apiVersion, kind })).toBeDefined();
  });

  test('given a duration that is not whole minutes, then it is refused with the value', () => {
    expect(minutes(10)).toBe('10m');
    expect(() => minutes(0.5)).toThrow('a Flux interval must be a whole number of minutes >= 1, got 0.5');
  });
});
