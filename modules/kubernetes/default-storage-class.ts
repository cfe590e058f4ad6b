import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { StorageClassV1 } from '@cdktf/provider-kubernetes/lib/storage-class-v1';

export interface DefaultStorageClassProps {
  /** @default "gp3" */
  readonly name?: string;
  /** The EBS CSI driver add-on, which provisions the volumes. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The cluster's default StorageClass: encrypted gp3 through the EBS CSI driver, bound only when a
 * pod is scheduled (WaitForFirstConsumer), so a volume is created in the zone of its pod's node.
 * EKS clusters from 1.30 on no longer mark the in-tree gp2 class as default, so there is no
 * annotation to take away from it (this SDK supports 1.31 and later).
 */
export class DefaultStorageClass extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: DefaultStorageClassProps = {}) {
    super(scope, id);
    const storageClass = new StorageClassV1(this, 'Resource', {
      metadata: { name: props.name ?? 'gp3', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
      storageProvisioner: 'ebs.csi.aws.com',
      volumeBindingMode: 'WaitForFirstConsumer',
      reclaimPolicy: 'Delete',
      allowVolumeExpansion: true,
      parameters: { type: 'gp3', encrypted: 'true', 'csi.storage.k8s.io/fstype': 'ext4' },
      dependsOn: props.dependsOn,
    });
    this.name = storageClass.metadata.name;
  }
}
