import {
  DescribeImageAttributeCommand,
  DescribeSnapshotAttributeCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeImages,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
  type CreateVolumePermission,
  type EC2Client,
  type Image,
  type LaunchPermission,
  type Snapshot,
  type Volume,
} from '@aws-sdk/client-ec2'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import { ec2Arn } from './ec2-arn.js'
import { listOf } from '../list-of.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { CreateVolumePermission, Image, LaunchPermission, Snapshot } from '@aws-sdk/client-ec2'

/** Raw EBS and AMI data of one region: volumes, owned snapshots and images with their sharing, and EBS defaults. */
export interface Ec2StorageRaw {
  volumes: Volume[]
  snapshots: { snapshot: Snapshot; createVolumePermissions: CallResult<CreateVolumePermission[] | null> }[]
  images: { image: Image; launchPermissions: CallResult<LaunchPermission[] | null> }[]
  ebsDefault: {
    /** null = the response carried no EbsEncryptionByDefault flag. */
    encryptionByDefault: CallResult<boolean | null>
  }
}

/** Per-item attribute calls in flight at once (the runner's limiter still caps calls per service and region). */
const ATTRIBUTE_CONCURRENCY = 8

/** Snapshots owned by the account, each with its createVolumePermission attribute. */
async function collectSnapshots(ctx: CollectContext, ec2: EC2Client): Promise<Ec2StorageRaw['snapshots']> {
  // OwnerIds ['self'] is what AWS honours; the owner-id filter also holds on emulators that ignore OwnerIds
  // and would otherwise list every public Amazon snapshot (DescribeSnapshots API reference, "Filters").
  const input = { OwnerIds: ['self'], Filters: [{ Name: 'owner-id', Values: [ctx.account] }] }
  const snapshots = await listOf(
    ctx,
    'DescribeSnapshots',
    'aws.ec2.snapshot',
    (abortSignal) => paginateDescribeSnapshots({ client: ec2 }, input, { abortSignal }),
    (p) => p.Snapshots,
  )
  return mapLimit(snapshots, ATTRIBUTE_CONCURRENCY, async (snapshot) => ({
    snapshot,
    createVolumePermissions: await ctx.call(
      'DescribeSnapshotAttribute',
      async (abortSignal) =>
        (
          await ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: snapshot.SnapshotId, Attribute: 'createVolumePermission' }), {
            abortSignal,
          })
        ).CreateVolumePermissions ?? [],
      { resource: ec2Arn(ctx.region, ctx.account, 'snapshot', snapshot.SnapshotId ?? '') },
    ),
  }))
}

/** AMIs owned by the account, each with its launchPermission attribute. */
async function collectImages(ctx: CollectContext, ec2: EC2Client): Promise<Ec2StorageRaw['images']> {
  // Without Owners, DescribeImages also lists every public AMI (DescribeImages API reference).
  const input = { Owners: ['self'], Filters: [{ Name: 'owner-id', Values: [ctx.account] }] }
  const images = await listOf(
    ctx,
    'DescribeImages',
    'aws.ec2.image',
    (abortSignal) => paginateDescribeImages({ client: ec2 }, input, { abortSignal }),
    (p) => p.Images,
  )
  return mapLimit(images, ATTRIBUTE_CONCURRENCY, async (image) => ({
    image,
    launchPermissions: await ctx.call(
      'DescribeImageAttribute',
      async (abortSignal) =>
        (await ec2.send(new DescribeImageAttributeCommand({ ImageId: image.ImageId, Attribute: 'launchPermission' }), { abortSignal }))
          .LaunchPermissions ?? [],
      { resource: ec2Arn(ctx.region, ctx.account, 'image', image.ImageId ?? '') },
    ),
  }))
}

/**
 * The region's EBS encryption-by-default switch. The default KMS key (GetEbsDefaultKmsKeyId) is not collected: no
 * check needs it, and least privilege means not asking for it.
 */
async function collectEbsDefault(ctx: CollectContext, ec2: EC2Client): Promise<Ec2StorageRaw['ebsDefault']> {
  // Same string as settingUid(account, region, 'ebs-encryption-by-default') in normalize/aws/types.ts.
  const resource = `aws:${ctx.account}:${ctx.region}:ebs-encryption-by-default`
  const encryptionByDefault = await ctx.call(
    'GetEbsEncryptionByDefault',
    async (abortSignal) => (await ec2.send(new GetEbsEncryptionByDefaultCommand({}), { abortSignal })).EbsEncryptionByDefault ?? null,
    { resource },
  )
  return { encryptionByDefault }
}

/** Volumes, owned snapshots and AMIs with their sharing attributes, and the EBS encryption defaults. */
export async function collectEc2Storage(ctx: CollectContext, ec2: EC2Client): Promise<Ec2StorageRaw> {
  const [volumes, snapshots, images, ebsDefault] = await Promise.all([
    listOf(
      ctx,
      'DescribeVolumes',
      'aws.ec2.volume',
      (abortSignal) => paginateDescribeVolumes({ client: ec2 }, {}, { abortSignal }),
      (p) => p.Volumes,
    ),
    collectSnapshots(ctx, ec2),
    collectImages(ctx, ec2),
    collectEbsDefault(ctx, ec2),
  ])
  return { volumes, snapshots, images, ebsDefault }
}
