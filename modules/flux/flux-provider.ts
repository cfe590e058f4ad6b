import { Construct } from 'constructs';
import { ITerraformDependable, TerraformProvider, TerraformResource, TerraformResourceLifecycle } from 'cdktf';
import { FLUX_VERSION } from '../contracts/flux';

/**
 * The one hand-written provider binding of this repository: fluxcd/flux has no prebuilt cdktf
 * binding, so this file types the provider block and `flux_bootstrap_git`, attribute for attribute
 * after the provider's schema (docs/index.md and docs/resources/bootstrap_git.md of
 * fluxcd/terraform-provider-flux). Only what the schema has is here; every name is the schema's.
 *
 * Provider releases follow Flux releases one to one: the provider's CHANGELOG has "1.6.4, release
 * date 2025-07-08: this release includes flux2 v2.6.4" (#772). With `embedded_manifests` (since 1.3.0,
 * like `delete_git_manifests` and `keep_namespace`) the provider applies the manifests compiled into
 * its binary, so the provider version is what decides which Flux release is bootstrapped;
 * FLUX_PROVIDER_VERSIONS keeps it tied to FLUX_VERSION.
 */
export const FLUX_PROVIDER_VERSIONS: Readonly<Record<string, string>> = { 'v2.6.4': '1.6.4' };

/** The fluxcd/flux provider release that embeds FLUX_VERSION. */
export const FLUX_PROVIDER_VERSION: string = fluxProviderVersionFor(FLUX_VERSION);

export function fluxProviderVersionFor(fluxVersion: string): string {
  const version = FLUX_PROVIDER_VERSIONS[fluxVersion];
  if (!version) {
    throw new Error(`no fluxcd/flux provider release is known to embed Flux ${fluxVersion}; add it to FLUX_PROVIDER_VERSIONS (known: ${Object.keys(FLUX_PROVIDER_VERSIONS).join(', ')})`);
  }
  return version;
}

const GENERATOR = { providerName: 'flux', providerVersion: FLUX_PROVIDER_VERSION } as const;

/** `kubernetes.exec`: a client-go credential plugin, e.g. `aws eks get-token`. */
export interface FluxKubernetesExec {
  readonly apiVersion: string;
  readonly command: string;
  readonly args?: string[];
  readonly env?: Record<string, string>;
}

/** `kubernetes`: how the provider reaches the cluster. */
export interface FluxKubernetesConfig {
  readonly host?: string;
  /** PEM, not base64. */
  readonly clusterCaCertificate?: string;
  readonly clientCertificate?: string;
  readonly clientKey?: string;
  readonly configPath?: string;
  readonly configPaths?: string[];
  readonly configContext?: string;
  readonly configContextAuthInfo?: string;
  readonly configContextCluster?: string;
  readonly exec?: FluxKubernetesExec;
  readonly insecure?: boolean;
  readonly proxyUrl?: string;
  readonly token?: string;
  readonly username?: string;
  readonly password?: string;
}

/** `git.ssh`. */
export interface FluxGitSsh {
  readonly username?: string;
  /** Sensitive: pass a reference (variable, ephemeral resource), never a literal. */
  readonly privateKey?: string;
  readonly password?: string;
  readonly hostkeyAlgos?: string[];
}

/** `git.http`. */
export interface FluxGitHttp {
  readonly username?: string;
  readonly password?: string;
  readonly allowInsecureHttp?: boolean;
  readonly certificateAuthority?: string;
}

/** `git`: the repository Flux is bootstrapped from. */
export interface FluxGitConfig {
  readonly url: string;
  /** @default "main" */
  readonly branch?: string;
  /** @default "Flux" */
  readonly authorName?: string;
  readonly authorEmail?: string;
  readonly commitMessageAppendix?: string;
  readonly gpgKeyId?: string;
  readonly gpgKeyRing?: string;
  readonly gpgPassphrase?: string;
  readonly ssh?: FluxGitSsh;
  readonly http?: FluxGitHttp;
}

export interface FluxProviderConfig {
  readonly kubernetes?: FluxKubernetesConfig;
  readonly git?: FluxGitConfig;
  readonly alias?: string;
}

/** The `flux` provider block. */
export class FluxProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly config: FluxProviderConfig) {
    super(scope, id, { terraformResourceType: 'flux', terraformGeneratorMetadata: GENERATOR, terraformProviderSource: 'fluxcd/flux' });
    this.alias = config.alias;
  }

  protected synthesizeAttributes(): Record<string, any> {
    const { kubernetes: k, git: g } = this.config;
    return compact({
      kubernetes: k && {
        host: k.host,
        cluster_ca_certificate: k.clusterCaCertificate,
        client_certificate: k.clientCertificate,
        client_key: k.clientKey,
        config_path: k.configPath,
        config_paths: k.configPaths,
        config_context: k.configContext,
        config_context_auth_info: k.configContextAuthInfo,
        config_context_cluster: k.configContextCluster,
        exec: k.exec && { api_version: k.exec.apiVersion, command: k.exec.command, args: k.exec.args, env: k.exec.env },
        insecure: k.insecure,
        proxy_url: k.proxyUrl,
        token: k.token,
        username: k.username,
        password: k.password,
      },
      git: g && {
        url: g.url,
        branch: g.branch,
        author_name: g.authorName,
        author_email: g.authorEmail,
        commit_message_appendix: g.commitMessageAppendix,
        gpg_key_id: g.gpgKeyId,
        gpg_key_ring: g.gpgKeyRing,
        gpg_passphrase: g.gpgPassphrase,
        ssh: g.ssh && { username: g.ssh.username, private_key: g.ssh.privateKey, password: g.ssh.password, hostkey_algos: g.ssh.hostkeyAlgos },
        http: g.http && {
          username: g.http.username,
          password: g.http.password,
          allow_insecure_http: g.http.allowInsecureHttp,
          certificate_authority: g.http.certificateAuthority,
        },
      },
    });
  }
}

/** Extra controllers the schema accepts in `components_extra`. */
export type FluxExtraComponent = 'image-reflector-controller' | 'image-automation-controller';
export type FluxComponent = 'source-controller' | 'kustomize-controller' | 'helm-controller' | 'notification-controller';

export interface FluxBootstrapGitConfig {
  readonly provider?: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
  /** Repository path of this cluster's sync (immutable). */
  readonly path?: string;
  /** Use the manifests compiled into the provider instead of downloading them. @default false */
  readonly embeddedManifests?: boolean;
  /** Flux release to download; ignored with embeddedManifests. @default - the provider's default */
  readonly version?: string;
  /** @default "flux-system" */
  readonly namespace?: string;
  readonly components?: FluxComponent[];
  readonly componentsExtra?: FluxExtraComponent[];
  /** Go duration, e.g. "1m0s". @default "1m0s" */
  readonly interval?: string;
  /** Delete the manifests from the repository on destroy. @default true */
  readonly deleteGitManifests?: boolean;
  /** Keep the namespace when Flux is uninstalled. @default false */
  readonly keepNamespace?: boolean;
  /** @default "cluster.local" */
  readonly clusterDomain?: string;
  readonly disableSecretCreation?: boolean;
  readonly imagePullSecret?: string;
  readonly kustomizationOverride?: string;
  /** @default "info" */
  readonly logLevel?: 'info' | 'debug' | 'error';
  /** @default true */
  readonly networkPolicy?: boolean;
  readonly recurseSubmodules?: boolean;
  /** @default "ghcr.io/fluxcd" */
  readonly registry?: string;
  readonly registryCredentials?: string;
  /** @default "flux-system" */
  readonly secretName?: string;
  readonly tolerationKeys?: string[];
  /** @default true */
  readonly watchAllNamespaces?: boolean;
  /** Go durations per operation. */
  readonly timeouts?: { readonly create?: string; readonly read?: string; readonly update?: string; readonly delete?: string };
}

/** `flux_bootstrap_git`: commits the Flux manifests to the repository and installs them in the cluster. */
export class FluxBootstrapGit extends TerraformResource {
  static readonly tfResourceType = 'flux_bootstrap_git';

  constructor(scope: Construct, id: string, private readonly config: FluxBootstrapGitConfig) {
    super(scope, id, {
      terraformResourceType: FluxBootstrapGit.tfResourceType,
      terraformGeneratorMetadata: GENERATOR,
      provider: config.provider,
      dependsOn: config.dependsOn,
      lifecycle: config.lifecycle,
    });
  }

  /** Namespace Flux runs in (the resource ID). */
  get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): Record<string, any> {
    const c = this.config;
    return compact({
      path: c.path,
      embedded_manifests: c.embeddedManifests,
      version: c.version,
      namespace: c.namespace,
      components: c.components,
      components_extra: c.componentsExtra,
      interval: c.interval,
      delete_git_manifests: c.deleteGitManifests,
      keep_namespace: c.keepNamespace,
      cluster_domain: c.clusterDomain,
      disable_secret_creation: c.disableSecretCreation,
      image_pull_secret: c.imagePullSecret,
      kustomization_override: c.kustomizationOverride,
      log_level: c.logLevel,
      network_policy: c.networkPolicy,
      recurse_submodules: c.recurseSubmodules,
      registry: c.registry,
      registry_credentials: c.registryCredentials,
      secret_name: c.secretName,
      toleration_keys: c.tolerationKeys,
      watch_all_namespaces: c.watchAllNamespaces,
      timeouts: c.timeouts,
    });
  }
}

/** Drops unset attributes (recursively), so the JSON carries only what was configured. */
function compact(value: Record<string, any>): Record<string, any> {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) && !isToken(v) ? compact(v) : v]),
  );
}

function isToken(value: object): boolean {
  return typeof (value as { resolve?: unknown }).resolve === 'function';
}
