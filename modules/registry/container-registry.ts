import { Construct } from 'constructs';
import { EcrLifecyclePolicy } from '@cdktf/provider-aws/lib/ecr-lifecycle-policy';
import { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository';
import { pascalCase } from '../platform/construct-id';

export interface ContainerRegistryProps {
  /** Prefix of every repository name, e.g. `prod`: test and prod may share an account. */
  readonly prefix: string;
  readonly account: string;
  readonly region: string;
  readonly imageRepositories: readonly string[];
  /** Repositories for Helm charts pushed as OCI artifacts (`helm push ... oci://`). */
  readonly chartRepositories: readonly string[];
  readonly keepImageCount: number;
  readonly kmsKeyArn: string;
  /** Refuse to delete a repository that still holds images. */
  readonly retainOnDestroy: boolean;
}

/** ECR repositories for images and OCI Helm charts: immutable tags, scan on push, KMS encryption, bounded history. */
export class ContainerRegistry extends Construct {
  /** `<account>.dkr.ecr.<region>.amazonaws.com`, the registry host for image references and `oci://` chart URLs. */
  readonly registryUrl: string;
  /** Repository URL by name, images and charts (charts under `charts/`). */
  readonly repositoryUrls: Record<string, string>;

  constructor(scope: Construct, id: string, props: ContainerRegistryProps) {
    super(scope, id);
    this.registryUrl = `${props.account}.dkr.ecr.${props.region}.amazonaws.com`;
    this.repositoryUrls = {};
    const lifecycle = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          description: 'Expire untagged images after a day',
          selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 1 },
          action: { type: 'expire' },
        },
        {
          rulePriority: 2,
          description: `Keep the newest ${props.keepImageCount} images`,
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: props.keepImageCount },
          action: { type: 'expire' },
        },
      ],
    });
    const repositories = [
      ...props.imageRepositories.map((name) => ({ key: name, id: `Image${pascalCase(name)}`, name: `${props.prefix}/${name}` })),
      ...props.chartRepositories.map((name) => ({ key: `charts/${name}`, id: `Chart${pascalCase(name)}`, name: `${props.prefix}/charts/${name}` })),
    ];
    for (const repository of repositories) {
      const resource = new EcrRepository(this, repository.id, {
        name: repository.name,
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: [{ encryptionType: 'KMS', kmsKey: props.kmsKeyArn }],
        forceDelete: !props.retainOnDestroy,
      });
      new EcrLifecyclePolicy(this, `${repository.id}Lifecycle`, { repository: resource.name, policy: lifecycle });
      this.repositoryUrls[repository.key] = resource.repositoryUrl;
    }
  }
}
