/**
 * Launch settings from code: EC2 launch templates (Terraform aws_launch_template, AWS::EC2::LaunchTemplate) and Auto
 * Scaling launch configurations (aws_launch_configuration, AWS::AutoScaling::LaunchConfiguration), in the LaunchSettings
 * shape the live normalizer gives both. Settings left out stay null ("not set"), as the API reports them, so the checks
 * apply the same rules they apply to a template read from AWS.
 *
 * A template declared in code is one version: the one the code describes, which is the latest and, for a template
 * created by this code, also the default.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type LaunchConfigurationAttributes,
  type LaunchEbsVolume,
  type LaunchSettings,
  type LaunchTemplateAttributes,
  type LaunchTemplateVersion,
} from '../../normalize/aws/types.js'
import type { AdaptContext, AdaptedResource, Adapter, IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, isUnset, str, tfTags, withUnknowns } from './values.js'
import { cfnList, cfnObj, displayId, idOf, splitKnown, userDataHits } from './network-common.js'
import { encryptionByDefault } from './network-ebs.js'

type Values = Readonly<Record<string, unknown>>

/** IMDS options as written: null when none are set; each field null when left out. */
export function metadataOf(m: Maybe<Values | null>, tokens: string, endpoint: string): Maybe<LaunchSettings['metadataOptions']> {
  if (m === null || isUnknown(m)) return m
  const t = str(m[tokens], null)
  const e = str(m[endpoint], null)
  if (isUnknown(t)) return t
  if (isUnknown(e)) return e
  if (t === null && e === null) return null
  return {
    httpTokens: t === 'required' || t === 'optional' ? t : null,
    httpEndpoint: e === 'enabled' || e === 'disabled' ? e : null,
  }
}

/**
 * One EBS mapping. `Encrypted` left out means "not set" (the snapshot or the region's EBS encryption by default
 * decides); when the same code turns on EBS encryption by default for the region, the volume will be encrypted, which
 * is what the check concludes from the live setting too.
 */
export function ebsVolume(
  ctx: AdaptContext,
  r: IacResource,
  device: unknown,
  encrypted: unknown,
  kmsKey: unknown,
  snapshot: unknown,
): LaunchEbsVolume {
  const enc = bool(encrypted, null)
  const dev = str(device, '')
  const base = {
    deviceName: typeof dev === 'string' ? dev : '',
    kmsKeyId: idOf(ctx, kmsKey),
    snapshotId: idOf(ctx, snapshot),
  }
  if (isUnknown(enc)) return withUnknowns({ ...base, encrypted: null }, { encrypted: enc })
  return { ...base, encrypted: enc === null && encryptionByDefault(ctx, r) ? true : enc }
}

/** AssociatePublicIpAddress over network interfaces: true if any asks for one, false if all refuse, null if none says. */
export function publicIpOf(values: readonly unknown[]): Maybe<boolean | null> {
  let seen: boolean | null = null
  for (const v of values) {
    const b = bool(v, null)
    if (isUnknown(b)) return b
    if (b === true) return true
    if (b === false) seen = false
  }
  return seen
}

/** LaunchSettings whose unreadable parts throw NotCollectedError when a check reads them. */
function settings<T extends LaunchSettings>(
  extra: Omit<T, keyof LaunchSettings>,
  metadata: Maybe<LaunchSettings['metadataOptions']>,
  publicIp: Maybe<boolean | null>,
  ebs: Maybe<LaunchEbsVolume[]>,
  userData: LaunchSettings['userDataSecrets'],
): T {
  const { known, unknowns } = splitKnown<Record<string, unknown>>(
    { metadataOptions: metadata, associatePublicIp: publicIp, ebsVolumes: ebs },
    { metadataOptions: null, associatePublicIp: null, ebsVolumes: [] },
  )
  return withUnknowns({ ...extra, ...known, userDataSecrets: userData } as unknown as T, unknowns)
}

/** A template as its single version from code. */
function template(
  r: IacResource,
  name: string,
  version: LaunchTemplateVersion,
  tags: Record<string, string>,
): AdaptedResource<LaunchTemplateAttributes>[] {
  return [
    {
      type: AWS.ec2LaunchTemplate,
      name,
      tags,
      attributes: { launchTemplateId: r.address, launchTemplateName: name, defaultVersionNumber: 1, latestVersionNumber: 1, versions: [version] },
    },
  ]
}

// ---------------------------------------------------------------- Terraform

function tfEbs(ctx: AdaptContext, r: IacResource, mappings: Maybe<Values[]>): Maybe<LaunchEbsVolume[]> {
  if (isUnknown(mappings)) return mappings
  const out: LaunchEbsVolume[] = []
  for (const m of mappings) {
    const ebs = block(m, 'ebs')
    if (isUnknown(ebs)) return ebs
    if (ebs) out.push(ebsVolume(ctx, r, m.device_name, ebs.encrypted, ebs.kms_key_id, ebs.snapshot_id))
  }
  return out
}

function tfTemplate(r: IacResource, ctx: AdaptContext): AdaptedResource<LaunchTemplateAttributes>[] {
  const v = r.values
  const nis = blocks(v, 'network_interfaces')
  const version = settings<LaunchTemplateVersion>(
    { versionNumber: 1, isDefault: true },
    metadataOf(block(v, 'metadata_options'), 'http_tokens', 'http_endpoint'),
    isUnknown(nis) ? nis : publicIpOf(nis.map((n) => n.associate_public_ip_address)),
    tfEbs(ctx, r, blocks(v, 'block_device_mappings')),
    userDataHits(v.user_data, true),
  )
  const name = str(v.name, null)
  return template(r, displayId(r, name), version, tfTags(v))
}

/** Root and EBS block devices of an aws_launch_configuration (or aws_instance). */
export function tfBlockDevices(ctx: AdaptContext, r: IacResource): Maybe<LaunchEbsVolume[]> {
  const root = blocks(r.values, 'root_block_device')
  const ebs = blocks(r.values, 'ebs_block_device')
  if (isUnknown(root)) return root
  if (isUnknown(ebs)) return ebs
  return [
    ...root.map((b) => ebsVolume(ctx, r, 'root device', b.encrypted, b.kms_key_id, null)),
    ...ebs.map((b) => ebsVolume(ctx, r, b.device_name, b.encrypted, b.kms_key_id, b.snapshot_id)),
  ]
}

/** User data of aws_instance / aws_launch_configuration: `user_data` is plain text, `user_data_base64` base64. */
export function tfUserData(v: Values): LaunchSettings['userDataSecrets'] {
  return isUnset(v.user_data) ? userDataHits(v.user_data_base64, true) : userDataHits(v.user_data, false)
}

function tfLaunchConfiguration(r: IacResource, ctx: AdaptContext): AdaptedResource<LaunchConfigurationAttributes>[] {
  const v = r.values
  const name = displayId(r, str(v.name, null))
  const image = str(v.image_id, '')
  const attributes = settings<LaunchConfigurationAttributes>(
    { launchConfigurationName: name, imageId: typeof image === 'string' ? image : '', createdTime: null },
    metadataOf(block(v, 'metadata_options'), 'http_tokens', 'http_endpoint'),
    bool(v.associate_public_ip_address, null),
    tfBlockDevices(ctx, r),
    tfUserData(v),
  )
  return [{ type: AWS.autoscalingLaunchConfiguration, name, tags: {}, attributes }]
}

// ---------------------------------------------------------------- CloudFormation

/** CloudFormation BlockDeviceMappings ([{DeviceName, Ebs: {Encrypted, KmsKeyId, SnapshotId}}]). */
export function cfnEbs(ctx: AdaptContext, r: IacResource, v: unknown): Maybe<LaunchEbsVolume[]> {
  const mappings = cfnList(v)
  if (isUnknown(mappings)) return mappings
  const out: LaunchEbsVolume[] = []
  for (const m of mappings) {
    const ebs = cfnObj(m.Ebs)
    if (isUnknown(ebs)) return ebs
    if (ebs) out.push(ebsVolume(ctx, r, m.DeviceName, ebs.Encrypted, ebs.KmsKeyId, ebs.SnapshotId))
  }
  return out
}

function cfnTemplate(r: IacResource, ctx: AdaptContext): AdaptedResource<LaunchTemplateAttributes>[] {
  const data = cfnObj(r.values.LaunchTemplateData)
  const d: Values = data !== null && !isUnknown(data) ? data : {}
  const nis = cfnList(d.NetworkInterfaces)
  const version = isUnknown(data)
    ? settings<LaunchTemplateVersion>({ versionNumber: 1, isDefault: true }, data, data, data, data)
    : settings<LaunchTemplateVersion>(
        { versionNumber: 1, isDefault: true },
        metadataOf(cfnObj(d.MetadataOptions), 'HttpTokens', 'HttpEndpoint'),
        isUnknown(nis) ? nis : publicIpOf(nis.map((n) => n.AssociatePublicIpAddress)),
        cfnEbs(ctx, r, d.BlockDeviceMappings),
        userDataHits(d.UserData, true),
      )
  const name = str(r.values.LaunchTemplateName, null)
  return template(r, displayId(r, name), version, cfnTags(r.values))
}

function cfnLaunchConfiguration(r: IacResource, ctx: AdaptContext): AdaptedResource<LaunchConfigurationAttributes>[] {
  const v = r.values
  const name = displayId(r, str(v.LaunchConfigurationName, null))
  const image = str(v.ImageId, '')
  const attributes = settings<LaunchConfigurationAttributes>(
    { launchConfigurationName: name, imageId: typeof image === 'string' ? image : '', createdTime: null },
    metadataOf(cfnObj(v.MetadataOptions), 'HttpTokens', 'HttpEndpoint'),
    bool(v.AssociatePublicIpAddress, null),
    cfnEbs(ctx, r, v.BlockDeviceMappings),
    userDataHits(v.UserData, true),
  )
  return [{ type: AWS.autoscalingLaunchConfiguration, name, tags: {}, attributes }]
}

/** Launch template and launch configuration adapters (Terraform and CloudFormation). */
export const launchAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_launch_template'], produces: [AWS.ec2LaunchTemplate], adapt: tfTemplate },
  { language: 'terraform', types: ['aws_launch_configuration'], produces: [AWS.autoscalingLaunchConfiguration], adapt: tfLaunchConfiguration },
  { language: 'cloudformation', types: ['AWS::EC2::LaunchTemplate'], produces: [AWS.ec2LaunchTemplate], adapt: cfnTemplate },
  {
    language: 'cloudformation',
    types: ['AWS::AutoScaling::LaunchConfiguration'],
    produces: [AWS.autoscalingLaunchConfiguration],
    adapt: cfnLaunchConfiguration,
  },
]
