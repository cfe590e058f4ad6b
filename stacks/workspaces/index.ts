import { Construct } from 'constructs';
import { DataTfeProject } from '@cdktf/provider-tfe/lib/data-tfe-project';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { Environment } from '../../modules/environment/load';
import { pascalCase } from '../../modules/platform/construct-id';
import { LAYERS, PlatformStack, workspaceName, workspaceTags } from '../../modules/platform/platform-stack';

/**
 * Bootstrap: the Terraform Cloud workspaces of one environment's layers, tagged by environment and
 * layer, each allowed to read the remote state of the layer before it (cross-stack references read
 * outputs through terraform_remote_state). Deployed once per environment with a Terraform Cloud token,
 * before `cdktf deploy network cluster gitops`; only synthesized when the environment names an
 * organization.
 */
export class WorkspacesStack extends PlatformStack {
  constructor(scope: Construct, environment: Environment) {
    super(scope, { environment, layer: 'workspaces' });
    const cloud = environment.terraformCloud!;
    new TfeProvider(this, 'Tfe', { organization: cloud.organization });
    const project = new DataTfeProject(this, 'Project', { name: cloud.project, organization: cloud.organization });
    const production = environment.tier === 'production';
    // Created last layer first, so each workspace can name the one after it as its only state reader.
    let reader: Workspace | undefined;
    for (const layer of [...LAYERS].reverse()) {
      reader = new Workspace(this, `Workspace${pascalCase(layer)}`, {
        name: workspaceName(environment, layer),
        organization: cloud.organization,
        projectId: project.id,
        description: `EKS platform: ${layer} layer of ${environment.name}`,
        tags: workspaceTags(environment, layer),
        // cdktf uploads the synthesized configuration: no VCS connection, no auto-apply.
        autoApply: false,
        queueAllRuns: false,
        allowDestroyPlan: !production,
        globalRemoteState: false,
        remoteStateConsumerIds: reader ? [reader.id] : [],
      });
    }
  }
}
