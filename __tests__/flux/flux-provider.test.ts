import { Testing } from 'cdktf';
import { FLUX_VERSION } from '../../modules/contracts/flux';
import { FLUX_PROVIDER_VERSION, fluxProviderVersionFor, FluxBootstrapGit, FluxProvider } from '../../modules/flux/flux-provider';

describe('the hand-written fluxcd/flux binding', () => {
  const json = JSON.parse(
    Testing.synthScope((scope) => {
      const provider = new FluxProvider(scope, 'Flux', {
        kubernetes: { host: 'https://api.example', clusterCaCertificate: 'PEM', exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args: ['eks', 'get-token'] } },
        git: { url: 'ssh://git@example.com/repo.git', branch: 'main', ssh: { username: 'git', privateKey: '${var.key}' } },
      });
      new FluxBootstrapGit(scope, 'Bootstrap', {
        provider,
        path: 'clusters/test',
        embeddedManifests: true,
        componentsExtra: ['image-reflector-controller'],
        keepNamespace: true,
        deleteGitManifests: false,
        interval: '1m0s',
        timeouts: { create: '10m' },
      });
    }),
  );

  test('given typed provider settings, then the provider block uses the schema attribute names', () => {
    expect(json.provider.flux[0]).toEqual({
      kubernetes: {
        host: 'https://api.example',
        cluster_ca_certificate: 'PEM',
        exec: { api_version: 'client.authentication.k8s.io/v1beta1', command: 'aws', args: ['eks', 'get-token'] },
      },
      git: { url: 'ssh://git@example.com/repo.git', branch: 'main', ssh: { username: 'git', private_key: '${var.key}' } },
    });
  });

  test('given typed resource settings, then flux_bootstrap_git carries exactly the set attributes, snake_cased', () => {
    const bootstrap = Object.values<any>(json.resource.flux_bootstrap_git)[0];
    const { ['//']: _metadata, provider, ...attributes } = bootstrap;
    expect(provider).toBe('flux');
    expect(attributes).toEqual({
      path: 'clusters/test',
      embedded_manifests: true,
      components_extra: ['image-reflector-controller'],
      keep_namespace: true,
      delete_git_manifests: false,
      interval: '1m0s',
      timeouts: { create: '10m' },
    });
  });

  test('requires the fluxcd/flux provider release that embeds the platform Flux release', () => {
    expect(FLUX_VERSION).toBe('v2.6.4');
    expect(FLUX_PROVIDER_VERSION).toBe('1.6.4');
    expect(json.terraform.required_providers.flux).toEqual({ source: 'fluxcd/flux', version: '1.6.4' });
  });

  test('given a Flux release with no known provider, then the lookup names the release and the fix', () => {
    expect(() => fluxProviderVersionFor('v9.9.9')).toThrow(
      'no fluxcd/flux provider release is known to embed Flux v9.9.9; add it to FLUX_PROVIDER_VERSIONS (known: v2.6.4)',
    );
  });
});
