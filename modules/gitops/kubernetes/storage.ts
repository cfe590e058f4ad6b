import { KubernetesObject, ObjectMeta } from '../kubernetes-object';

export interface StorageClassObject extends KubernetesObject {
  readonly kind: 'StorageClass';
  readonly provisioner: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly volumeBindingMode: 'WaitForFirstConsumer' | 'Immediate';
  readonly reclaimPolicy: 'Retain' | 'Delete';
  readonly allowVolumeExpansion: boolean;
}

/**
 * Encrypted gp3 volumes created only once a pod is scheduled, so each volume lands in its pod's
 * zone: pods spread over zones then spread their volumes over zones too.
 */
export function encryptedGp3StorageClass(metadata: ObjectMeta, reclaimPolicy: 'Retain' | 'Delete'): StorageClassObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata,
    provisioner: 'ebs.csi.aws.com',
    parameters: { type: 'gp3', encrypted: 'true', 'csi.storage.k8s.io/fstype': 'ext4' },
    volumeBindingMode: 'WaitForFirstConsumer',
    reclaimPolicy,
    allowVolumeExpansion: true,
  };
}
