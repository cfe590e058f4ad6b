import { Testing } from 'cdktf';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { guardedResourceTypes, STATEFUL_RESOURCE_TYPES } from '../../modules/platform/stateful-resources';
import { PlatformStack } from '../../modules/platform/platform-stack';
import { Environment } from '../../modules/environment/load';
import { SynthesizedPlatform, synthShipped, variantOf } from '../support/synth';

const synthesized: Record<'test' | 'prod', SynthesizedPlatform> = { test: synthShipped('test'), prod: synthShipped('prod') };

/** Every resource of every stack of a synthesized environment, with its type. */
function allResources(platform: SynthesizedPlatform): Array<{ type: string; name: string; config: any }> {
  return [platform.network, platform.cluster, platform.gitops, platform.workspaces].flatMap((stack) =>
    Object.entries<Record<string, any>>(stack?.config.resource ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, config]) => ({ type, name, config })),
    ),
  );
}

describe('prevent_destroy on stateful resources', () => {
  test('Given prod (deletion protection on), When synthesized, Then every RDS, OpenSearch, KMS, ECR, zone, secret and EKS cluster resource has prevent_destroy', () => {
    const guarded = allResources(synthesized.prod).filter((resource) => guardedResourceTypes().includes(resource.type));
    expect(new Set(guarded.map((resource) => resource.type))).toEqual(
      new Set(['aws_db_instance', 'aws_db_subnet_group', 'aws_opensearch_domain', 'aws_kms_key', 'aws_ecr_repository', 'aws_route53_zone', 'aws_secretsmanager_secret', 'aws_eks_cluster']),
    );
    guarded.forEach((resource) => expect({ [resource.name]: resource.config.lifecycle }).toEqual({ [resource.name]: { prevent_destroy: true } }));
  });

  test('Given prod, When synthesized, Then resources that are not stateful carry no prevent_destroy', () => {
    const others = allResources(synthesized.prod).filter((resource) => !guardedResourceTypes().includes(resource.type));
    expect(others.filter((resource) => resource.config.lifecycle?.prevent_destroy)).toEqual([]);
    // A lifecycle the module set itself survives the aspect.
    expect(others.some((resource) => resource.config.lifecycle?.create_before_destroy === true)).toBe(true);
  });

  test('Given test (deletion protection off), When synthesized, Then no resource has prevent_destroy', () => {
    expect(allResources(synthesized.test).filter((resource) => resource.config.lifecycle?.prevent_destroy)).toEqual([]);
  });

  test.each([
    ['prod', true],
    ['test', false],
  ] as const)('Given a layer added later with an EKS cluster, in %s, When synthesized, Then prevent_destroy is %s without the layer opting in', (name, expected) => {
    const environment: Environment = variantOf(name, () => undefined, name);
    const app = Testing.app();
    class LaterLayer extends PlatformStack {
      constructor() {
        super(app, { environment, layer: 'cluster' });
        new EksCluster(this, 'Cluster', { name: 'later', roleArn: 'arn:aws:iam::111111111111:role/eks', vpcConfig: { subnetIds: ['subnet-1'] } });
      }
    }
    const config = JSON.parse(Testing.synth(new LaterLayer()));
    const cluster: any = Object.values(config.resource.aws_eks_cluster)[0];
    expect(cluster.lifecycle?.prevent_destroy ?? false).toBe(expected);
  });

  test('Given the stateful types, When listed, Then node groups and the Flux bootstrap are reviewed but not guarded, since they are replaced routinely', () => {
    expect(STATEFUL_RESOURCE_TYPES.aws_eks_node_group.guarded).toBe(false);
    expect(STATEFUL_RESOURCE_TYPES.aws_eks_node_group.replacementNote).toMatch(/rolling replacement/);
    expect(guardedResourceTypes()).toContain('aws_eks_cluster');
    expect(guardedResourceTypes()).not.toContain('flux_bootstrap_git');
  });
});
