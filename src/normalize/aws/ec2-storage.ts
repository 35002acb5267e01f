import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { CreateVolumePermission, Ec2StorageRaw, LaunchPermission } from '../../collect/aws/ec2-storage.js'
import { ec2Arn } from '../../collect/aws/ec2-arn.js'
import {
  AWS,
  settingUid,
  type EbsEncryptionDefaultAttributes,
  type ImageAttributes,
  type SnapshotAttributes,
  type VolumeAttributes,
} from './types.js'
import { awsResource, maybe, type NormalizeScope } from './helpers.js'
import { ec2Envelope } from './ec2-network.js'

/** Sharing entries as strings: 'all' for the public group, else the account id or organization / OU ARN. */
function permissions(r: CallResult<(CreateVolumePermission | LaunchPermission)[] | null>, api: string): Maybe<string[]> {
  if (!r.ok) return unknown(`${api}: ${r.reason}`)
  return (r.value ?? [])
    .map((p) => {
      if (p.Group === 'all') return 'all'
      const l = p as LaunchPermission
      return p.UserId ?? l.OrganizationArn ?? l.OrganizationalUnitArn ?? ''
    })
    .filter((p) => p !== '')
}

/** Volumes → aws.ec2.volume; relation 'attached-to' → each instance the volume is attached to. */
function volumes(raw: Ec2StorageRaw, scope: NormalizeScope): Resource<VolumeAttributes>[] {
  return raw.volumes.map((v) => {
    const id = v.VolumeId ?? ''
    const instanceIds = (v.Attachments ?? []).map((a) => a.InstanceId).filter((i): i is string => !!i)
    return awsResource<VolumeAttributes>({
      ...ec2Envelope(scope, 'volume', AWS.ec2Volume, id, v.Tags),
      attributes: {
        volumeId: id,
        sizeGiB: v.Size ?? 0,
        state: v.State ?? '',
        encrypted: v.Encrypted ?? false,
        kmsKeyId: v.KmsKeyId ?? null,
        attachedInstanceIds: instanceIds,
      },
      relations: instanceIds.map((i) => ({ kind: 'attached-to', target: ec2Arn(scope.region, scope.account, 'instance', i) })),
    })
  })
}

/** Owned snapshots → aws.ec2.snapshot with who may create volumes from them. */
function snapshots(raw: Ec2StorageRaw, scope: NormalizeScope): Resource<SnapshotAttributes>[] {
  // Defence in depth: the collector asks for owned snapshots only; someone else's public snapshot is not ours to judge.
  const owned = raw.snapshots.filter(({ snapshot: s }) => !s.OwnerId || s.OwnerId === scope.account)
  return owned.map(({ snapshot: s, createVolumePermissions }) => {
    const id = s.SnapshotId ?? ''
    return awsResource<SnapshotAttributes>({
      ...ec2Envelope(scope, 'snapshot', AWS.ec2Snapshot, id, s.Tags),
      attributes: {
        snapshotId: id,
        volumeId: s.VolumeId ?? null,
        encrypted: s.Encrypted ?? false,
        createVolumePermissions: permissions(createVolumePermissions, 'ec2:DescribeSnapshotAttribute'),
      },
    })
  })
}

/** Owned AMIs → aws.ec2.image with their launch permissions. */
function images(raw: Ec2StorageRaw, scope: NormalizeScope): Resource<ImageAttributes>[] {
  const owned = raw.images.filter(({ image: i }) => !i.OwnerId || i.OwnerId === scope.account)
  return owned.map(({ image: i, launchPermissions }) => {
    const id = i.ImageId ?? ''
    return awsResource<ImageAttributes>({
      ...ec2Envelope(scope, 'image', AWS.ec2Image, id, i.Tags),
      attributes: { imageId: id, isPublic: i.Public ?? false, launchPermissions: permissions(launchPermissions, 'ec2:DescribeImageAttribute') },
    })
  })
}

/** The region's EBS encryption-by-default setting; always emitted so a failed call surfaces as ERROR, not as absence. */
function ebsDefault(raw: Ec2StorageRaw, scope: NormalizeScope): Resource<EbsEncryptionDefaultAttributes> {
  const flag = raw.ebsDefault.encryptionByDefault
  return awsResource<EbsEncryptionDefaultAttributes>({
    uid: settingUid(scope.account, scope.region, 'ebs-encryption-by-default'),
    type: AWS.ec2EbsEncryptionDefault,
    account: scope.account,
    region: scope.region,
    name: `EBS encryption by default (${scope.region})`,
    attributes: {
      enabled: !flag.ok
        ? maybe(flag, 'ec2:GetEbsEncryptionByDefault')
        : (flag.value ?? unknown('ec2:GetEbsEncryptionByDefault: response had no EbsEncryptionByDefault')),
    },
  })
}

/** Volumes, owned snapshots and AMIs, and the EBS encryption default of one region. */
export function normalizeEc2Storage(raw: Ec2StorageRaw, scope: NormalizeScope): Resource[] {
  return [...volumes(raw, scope), ...snapshots(raw, scope), ...images(raw, scope), ebsDefault(raw, scope)] as Resource[]
}
