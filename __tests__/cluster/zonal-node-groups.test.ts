import { Testing } from 'cdktf';
import { bottlerocketAmiType, ZonalNodeGroups } from '../../modules/cluster/zonal-node-groups';
import { shippedSettings } from '../support/synth';

describe('ZonalNodeGroups', () => {
  test.each([
    [['m7g.large', 'c7g.xlarge'], 'BOTTLEROCKET_ARM_64'],
    [['m7i.large', 'c6a.xlarge'], 'BOTTLEROCKET_x86_64'],
    [['r8g.2xlarge'], 'BOTTLEROCKET_ARM_64'],
  ])('given instance types %j, then the AMI type is %s', (types, amiType) => {
    expect(bottlerocketAmiType(types)).toBe(amiType);
  });

  test('given two subnets for three zones, when constructed, then it refuses with the counts', () => {
    const nodes = { ...(shippedSettings('test').cluster.nodes as any), taints: [], labels: {} };
    expect(() =>
      Testing.synthScope((scope) => {
        new ZonalNodeGroups(scope, 'NodeGroups', {
          name: 'x',
          clusterName: 'x',
          kubernetesVersion: '1.33',
          availabilityZones: ['eu-west-2a', 'eu-west-2b', 'eu-west-2c'],
          subnetIds: ['subnet-a', 'subnet-b'],
          securityGroupIds: [],
          nodes,
          userData: '',
        });
      }),
    ).toThrow('ZonalNodeGroups: got 2 subnets for 3 zones; pass one private subnet per zone');
  });

  test('given a metadata hop limit of 2, then the launch template carries it', () => {
    const nodes = { ...(shippedSettings('test').cluster.nodes as any), taints: [{ key: 'dedicated', value: 'batch', effect: 'NO_SCHEDULE' }], labels: {} };
    const json = JSON.parse(
      Testing.synthScope((scope) => {
        new ZonalNodeGroups(scope, 'NodeGroups', {
          name: 'x',
          clusterName: 'x',
          kubernetesVersion: '1.33',
          availabilityZones: ['eu-west-2a'],
          subnetIds: ['subnet-a'],
          securityGroupIds: [],
          nodes,
          userData: '',
          metadataHopLimit: 2,
        });
      }),
    );
    expect(Object.values<any>(json.resource.aws_launch_template)[0].metadata_options.http_put_response_hop_limit).toBe(2);
    expect(Object.values<any>(json.resource.aws_eks_node_group)[0].taint).toEqual([{ key: 'dedicated', value: 'batch', effect: 'NO_SCHEDULE' }]);
  });
});
