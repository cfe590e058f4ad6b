import { bottlerocketSettings, renderToml } from '../../modules/cluster/bottlerocket-settings';

describe('Bottlerocket settings', () => {
  test('given the defaults, when rendered, then the TOML matches the reviewed golden text', () => {
    expect(renderToml(bottlerocketSettings())).toMatchSnapshot();
  });

  test('given the defaults, then the admin container is off, the control container on and the kernel locked down', () => {
    const settings = bottlerocketSettings();
    expect(settings['settings.host-containers.admin']).toEqual({ enabled: false });
    expect(settings['settings.host-containers.control']).toEqual({ enabled: true });
    expect(settings['settings.kernel']).toEqual({ lockdown: 'integrity' });
  });

  test('given node labels with dots and slashes, when rendered, then their keys are quoted TOML keys', () => {
    const text = renderToml(bottlerocketSettings({ nodeLabels: { 'platform.acme/pool': 'general' } }));
    expect(text).toContain('[settings.kubernetes.node-labels]\n"platform.acme/pool" = "general"\n');
  });

  test('given no node labels, then no node-labels table is rendered', () => {
    expect(renderToml(bottlerocketSettings())).not.toContain('node-labels');
  });
});
