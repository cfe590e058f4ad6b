import { Construct } from 'constructs';
import { ITerraformDependable, TerraformLocal, TerraformStack } from 'cdktf';
import { FluxBootstrapGit, FluxKubernetesConfig, FluxProvider } from './flux-provider';

/** Terraform name of the ephemeral resource that reads the deploy key. */
const DEPLOY_KEY_EPHEMERAL = 'aws_secretsmanager_secret_version.gitops_deploy_key';

export interface GitopsRepository {
  /** ssh:// URL of the repository, e.g. ssh://git@github.com/acme/platform-gitops.git */
  readonly url: string;
  readonly branch: string;
  /** This cluster's directory in the repository, e.g. clusters/prod. */
  readonly path: string;
}

export interface FluxBootstrapProps {
  readonly kubernetes: FluxKubernetesConfig;
  readonly repository: GitopsRepository;
  /** The namespace's name attribute (Terraform owns the namespace, see FluxNamespace). */
  readonly namespace: string;
  /** Secrets Manager secret holding the deploy key (SSH private key); its value is set out of band. */
  readonly deployKeySecretArn: string;
  /** Taint keys of the nodes, which the Flux controllers must tolerate. @default - none */
  readonly tolerationKeys?: string[];
  /** What Flux needs running first: nodes, DNS, the environment ConfigMap. */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * Flux, bootstrapped from the environment's GitOps repository with the manifests embedded in the
 * provider (no download at apply time; the provider release fixes the Flux release).
 *
 * The deploy key is read by an ephemeral resource from Secrets Manager at plan and apply time and
 * handed to the provider configuration only: it is never written to state, plan or outputs, and
 * never appears in code. Destroy neither deletes the manifests from the repository (another run
 * or a human may rely on them, and a lost state must not turn into a commit wiping them,
 * terraform-provider-flux #740) nor the namespace (Terraform owns it).
 */
export class FluxBootstrap extends Construct {
  readonly resource: FluxBootstrapGit;

  constructor(scope: Construct, id: string, props: FluxBootstrapProps) {
    super(scope, id);
    // cdktf has no ephemeral blocks yet (Terraform >= 1.10); the stack override writes one.
    const [type, name] = DEPLOY_KEY_EPHEMERAL.split('.');
    // The ARN goes through a local: a stack override is resolved outside cdktf's cross-stack wiring.
    const secretArn = new TerraformLocal(this, 'DeployKeySecretArn', props.deployKeySecretArn);
    const stack = TerraformStack.of(this);
    stack.addOverride(`ephemeral.${type}.${name}`, { secret_id: secretArn.asString });
    stack.addOverride('terraform.required_version', '>= 1.10.0');
    const provider = new FluxProvider(this, 'Provider', {
      kubernetes: props.kubernetes,
      git: {
        url: props.repository.url,
        branch: props.repository.branch,
        ssh: { username: sshUser(props.repository.url), privateKey: `\${ephemeral.${DEPLOY_KEY_EPHEMERAL}.secret_string}` },
      },
    });
    this.resource = new FluxBootstrapGit(this, 'Resource', {
      provider,
      path: props.repository.path,
      embeddedManifests: true,
      namespace: props.namespace,
      keepNamespace: true,
      deleteGitManifests: false,
      networkPolicy: true,
      tolerationKeys: props.tolerationKeys && props.tolerationKeys.length > 0 ? props.tolerationKeys : undefined,
      dependsOn: props.dependsOn,
    });
  }
}

function sshUser(url: string): string {
  const match = /^ssh:\/\/([^@/]+)@/.exec(url);
  return match ? match[1] : 'git';
}
