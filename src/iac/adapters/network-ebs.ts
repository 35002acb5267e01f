/**
 * EBS from code: volumes (aws_ebs_volume, AWS::EC2::Volume), snapshots (aws_ebs_snapshot, aws_ebs_snapshot_copy, with
 * aws_snapshot_create_volume_permission), AMIs (aws_ami, aws_ami_copy, aws_ami_from_instance, with
 * aws_ami_launch_permission) and the regional EBS-encryption-by-default setting (aws_ebs_encryption_by_default).
 * CloudFormation has no snapshot, AMI or encryption-by-default resource types.
 *
 * A volume created without `encrypted` is encrypted only when EBS encryption by default is on in the region, which is
 * off unless enabled (https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html): code that turns it
 * on in the same unit and region is taken into account.
 */
import { isUnknown, type Maybe, type Unknown } from '../../core/unknown.js'
import {
  AWS,
  type EbsEncryptionDefaultAttributes,
  type ImageAttributes,
  type SnapshotAttributes,
  type VolumeAttributes,
} from '../../normalize/aws/types.js'
import { afterApply, notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { bool, cfnTags, isUnset, num, str, tfTags, withUnknowns } from './values.js'
import { idOf, refText } from './network-common.js'

/** True when the unit enables EBS encryption by default in the resource's region (enabled defaults to true). */
export function encryptionByDefault(ctx: AdaptContext, r: IacResource): boolean {
  return ctx.ofType('aws_ebs_encryption_by_default').some((e) => e.region === r.region && bool(e.values.enabled, true) === true)
}

/** Whether a volume will be encrypted: as written; else from its snapshot (unknown) or the region default. */
function volumeEncrypted(ctx: AdaptContext, r: IacResource, encrypted: unknown, snapshot: unknown): Maybe<boolean> {
  const enc = bool(encrypted, null)
  if (enc !== null) return enc
  if (encryptionByDefault(ctx, r)) return true
  // A volume restored from an encrypted snapshot is encrypted whatever the request says.
  if (!isUnset(snapshot)) return afterApply(`encryption of the volume restored from snapshot ${refText(snapshot)}`)
  return false
}

/** Instances a volume is attached to (aws_volume_attachment / AWS::EC2::VolumeAttachment), as uids or ids. */
function attachments(ctx: AdaptContext, r: IacResource, type: string, volumeField: string, instanceField: string): string[] {
  return ctx.resources
    .filter((a) => a.type === type && ctx.resolve(a.values[volumeField]) === r)
    .map((a) => idOf(ctx, a.values[instanceField]))
    .filter((id): id is string => id !== null)
}

function volume(
  r: IacResource,
  ctx: AdaptContext,
  f: { encrypted: unknown; kms: unknown; snapshot: unknown; size: unknown },
  attached: string[],
  tags: Record<string, string>,
): AdaptedResource<VolumeAttributes>[] {
  const encrypted = volumeEncrypted(ctx, r, f.encrypted, f.snapshot)
  const size = num(f.size, 0)
  const attributes: VolumeAttributes = {
    volumeId: r.address,
    sizeGiB: typeof size === 'number' ? size : 0,
    state: 'available',
    encrypted: encrypted === true,
    kmsKeyId: idOf(ctx, f.kms),
    attachedInstanceIds: attached,
  }
  return [
    {
      type: AWS.ec2Volume,
      name: tags.Name ?? r.address,
      tags,
      attributes: isUnknown(encrypted) ? withUnknowns(attributes, { encrypted }) : attributes,
      relations: attached.map((target) => ({ kind: 'attached-to', target })),
    },
  ]
}

function tfVolume(r: IacResource, ctx: AdaptContext): AdaptedResource<VolumeAttributes>[] {
  const v = r.values
  const attached = attachments(ctx, r, 'aws_volume_attachment', 'volume_id', 'instance_id')
  return volume(r, ctx, { encrypted: v.encrypted, kms: v.kms_key_id, snapshot: v.snapshot_id, size: v.size }, attached, tfTags(v))
}

function cfnVolume(r: IacResource, ctx: AdaptContext): AdaptedResource<VolumeAttributes>[] {
  const v = r.values
  const attached = attachments(ctx, r, 'AWS::EC2::VolumeAttachment', 'VolumeId', 'InstanceId')
  return volume(r, ctx, { encrypted: v.Encrypted, kms: v.KmsKeyId, snapshot: v.SnapshotId, size: v.Size }, attached, cfnTags(v))
}

/**
 * Accounts a snapshot or AMI is shared with, from the permission resources that name it. Sharing with specific
 * accounts cannot be judged from code (whether they belong to the organization is not stated there), so such a list is
 * Unknown; 'all' (public) alone is known.
 */
function sharedWith(ctx: AdaptContext, r: IacResource, type: string, idField: string, fields: readonly string[]): Maybe<string[]> {
  const grantees: string[] = []
  for (const p of ctx.ofType(type).filter((x) => ctx.resolve(x.values[idField]) === r)) {
    for (const f of fields) {
      const g = str(p.values[f], null)
      if (isUnknown(g)) return g
      if (g !== null) grantees.push(g)
    }
  }
  const accounts = grantees.filter((g) => g !== 'all')
  return accounts.length > 0 ? notInCode(`whether ${accounts.join(', ')} belong to the organization`) : grantees
}

function tfSnapshot(r: IacResource, ctx: AdaptContext): AdaptedResource<SnapshotAttributes>[] {
  const v = r.values
  let encrypted: Maybe<boolean>
  if (r.type === 'aws_ebs_snapshot_copy') {
    // A copy is encrypted when asked, or when its source is (known only after apply unless the source is declared).
    const asked = bool(v.encrypted, false)
    const source = ctx.resolve(v.source_snapshot_id)
    encrypted =
      asked === true ? true : source ? snapshotEncrypted(ctx, source) : afterApply(`encryption of snapshot ${refText(v.source_snapshot_id)}`)
  } else encrypted = snapshotEncrypted(ctx, r)
  const volumeId = ctx.resolve(v.volume_id)
  const attributes: SnapshotAttributes = {
    snapshotId: r.address,
    volumeId: volumeId ? ctx.uidOf(volumeId) : idOf(ctx, v.volume_id),
    encrypted: encrypted === true,
    createVolumePermissions: sharedWith(ctx, r, 'aws_snapshot_create_volume_permission', 'snapshot_id', ['account_id']),
  }
  return [
    {
      type: AWS.ec2Snapshot,
      name: tfTags(v).Name ?? r.address,
      tags: tfTags(v),
      attributes: isUnknown(encrypted) ? withUnknowns(attributes, { encrypted }) : attributes,
    },
  ]
}

/** A snapshot is encrypted exactly when its volume is (declared volume) — otherwise known only after apply. */
function snapshotEncrypted(ctx: AdaptContext, snapshot: IacResource, depth = 0): Maybe<boolean> {
  if (snapshot.type === 'aws_ebs_snapshot_copy' && depth < 4) {
    if (bool(snapshot.values.encrypted, false) === true) return true
    const source = ctx.resolve(snapshot.values.source_snapshot_id)
    return source ? snapshotEncrypted(ctx, source, depth + 1) : afterApply(`encryption of snapshot ${refText(snapshot.values.source_snapshot_id)}`)
  }
  const vol = ctx.resolve(snapshot.values.volume_id)
  if (!vol || vol.type !== 'aws_ebs_volume') return afterApply(`encryption of volume ${refText(snapshot.values.volume_id)}`)
  return volumeEncrypted(ctx, vol, vol.values.encrypted, vol.values.snapshot_id)
}

function tfImage(r: IacResource, ctx: AdaptContext): AdaptedResource<ImageAttributes>[] {
  const v = r.values
  const permissions = sharedWith(ctx, r, 'aws_ami_launch_permission', 'image_id', [
    'account_id',
    'group',
    'organization_arn',
    'organizational_unit_arn',
  ])
  const name = str(v.name, null)
  const attributes: ImageAttributes = {
    imageId: r.address,
    isPublic: !isUnknown(permissions) && permissions.includes('all'),
    launchPermissions: permissions,
  }
  const unknowns: Record<string, Unknown> = isUnknown(permissions) ? { isPublic: permissions } : {}
  return [
    {
      type: AWS.ec2Image,
      name: typeof name === 'string' ? name : r.address,
      tags: tfTags(v),
      attributes: withUnknowns(attributes, unknowns),
    },
  ]
}

function tfEncryptionDefault(r: IacResource): AdaptedResource<EbsEncryptionDefaultAttributes>[] {
  return [
    { type: AWS.ec2EbsEncryptionDefault, name: 'ebs-encryption-by-default', attributes: { enabled: bool(r.values.enabled, true) as Maybe<boolean> } },
  ]
}

/** EBS adapters (volumes in Terraform and CloudFormation; snapshots, AMIs and the regional default in Terraform). */
export const ebsAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_ebs_volume'], produces: [AWS.ec2Volume], adapt: tfVolume },
  { language: 'terraform', types: ['aws_ebs_snapshot', 'aws_ebs_snapshot_copy'], produces: [AWS.ec2Snapshot], adapt: tfSnapshot },
  { language: 'terraform', types: ['aws_ami', 'aws_ami_copy', 'aws_ami_from_instance'], produces: [AWS.ec2Image], adapt: tfImage },
  { language: 'terraform', types: ['aws_ebs_encryption_by_default'], produces: [AWS.ec2EbsEncryptionDefault], adapt: tfEncryptionDefault },
  { language: 'cloudformation', types: ['AWS::EC2::Volume'], produces: [AWS.ec2Volume], adapt: cfnVolume },
  partsAdapter('terraform', ['aws_volume_attachment', 'aws_snapshot_create_volume_permission', 'aws_ami_launch_permission']),
  partsAdapter('cloudformation', ['AWS::EC2::VolumeAttachment']),
]
