import { gunzipSync } from 'node:zlib'
import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { Ec2LaunchTemplatesRaw, LaunchTemplateVersion as SdkVersion } from '../../collect/aws/ec2-launch-templates.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { decodeUserData, findSecretsInText, type SecretHit } from '../secrets.js'
import { AWS, type LaunchEbsVolume, type LaunchSettings, type LaunchTemplateAttributes, type LaunchTemplateVersion } from './types.js'
import { awsResource, tagsOf, type NormalizeScope } from './helpers.js'

/**
 * Credentials in base64 user data (EC2 instances, launch templates, launch configurations), as SecretHits: null when
 * there is no user data, Unknown when it is compressed or encoded in a way that cannot be read. The text is not kept.
 */
export function userDataSecrets(base64: string | undefined | null, label = 'user data'): Maybe<SecretHit[] | null> {
  if (!base64) return null
  let text = decodeUserData(base64)
  if (text === null) {
    // cloud-init accepts gzip-compressed user data; read it rather than leave it unscanned.
    try {
      text = gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')
    } catch (err) {
      return unknown(`${label} could not be decompressed (${(err as Error).message})`)
    }
  }
  return findSecretsInText(text, label)
}

/** IMDS options as launch templates and launch configurations store them; null when none are set. */
export function launchMetadataOptions(
  m: { HttpTokens?: string | undefined; HttpEndpoint?: string | undefined } | undefined,
): LaunchSettings['metadataOptions'] {
  if (!m || (!m.HttpTokens && !m.HttpEndpoint)) return null
  return {
    httpTokens: m.HttpTokens === 'required' ? 'required' : m.HttpTokens === 'optional' ? 'optional' : null,
    httpEndpoint: m.HttpEndpoint === 'disabled' ? 'disabled' : m.HttpEndpoint === 'enabled' ? 'enabled' : null,
  }
}

/** EBS block device mappings (instance-store and NoDevice entries have no Ebs and are skipped). */
export function launchEbsVolumes(
  mappings:
    | readonly {
        DeviceName?: string | undefined
        Ebs?: { Encrypted?: boolean | undefined; KmsKeyId?: string | undefined; SnapshotId?: string | undefined } | undefined
      }[]
    | undefined,
): LaunchEbsVolume[] {
  return (mappings ?? [])
    .filter((m) => m.Ebs)
    .map((m) => ({
      deviceName: m.DeviceName ?? '',
      encrypted: m.Ebs?.Encrypted ?? null,
      kmsKeyId: m.Ebs?.KmsKeyId ?? null,
      snapshotId: m.Ebs?.SnapshotId ?? null,
    }))
}

/** The launch settings of one template version. */
function version(v: SdkVersion): LaunchTemplateVersion {
  const data = v.LaunchTemplateData ?? {}
  const publicIps = (data.NetworkInterfaces ?? []).map((n) => n.AssociatePublicIpAddress).filter((p): p is boolean => typeof p === 'boolean')
  return {
    versionNumber: v.VersionNumber ?? 0,
    isDefault: v.DefaultVersion ?? false,
    metadataOptions: launchMetadataOptions(data.MetadataOptions),
    // Any interface that asks for a public address makes the instance reachable; all-false means explicitly none.
    associatePublicIp: publicIps.length === 0 ? null : publicIps.some(Boolean),
    ebsVolumes: launchEbsVolumes(data.BlockDeviceMappings),
    userDataSecrets: userDataSecrets(data.UserData),
  }
}

/** The documented ARN of a launch template (Service Authorization Reference, Amazon EC2 resource types). */
export function launchTemplateArn(scope: NormalizeScope, id: string): string {
  return `arn:${partitionOf(scope.region)}:ec2:${scope.region}:${scope.account}:launch-template/${id}`
}

/** Launch templates → aws.ec2.launch-template; a failed DescribeLaunchTemplateVersions leaves `versions` Unknown. */
export function normalizeEc2LaunchTemplates(raw: Ec2LaunchTemplatesRaw, scope: NormalizeScope): Resource<LaunchTemplateAttributes>[] {
  return raw.launchTemplates.map(({ template, versions }) => {
    const id = template.LaunchTemplateId ?? ''
    const name = template.LaunchTemplateName ?? id
    const list: Maybe<LaunchTemplateVersion[]> = versions.ok
      ? [...new Map((versions.value ?? []).map((v) => [v.VersionNumber ?? 0, version(v)])).values()].sort((a, b) => a.versionNumber - b.versionNumber)
      : unknown(`ec2:DescribeLaunchTemplateVersions: ${versions.reason}`)
    return awsResource<LaunchTemplateAttributes>({
      uid: launchTemplateArn(scope, id),
      type: AWS.ec2LaunchTemplate,
      account: scope.account,
      region: scope.region,
      name,
      tags: tagsOf(template.Tags),
      attributes: {
        launchTemplateId: id,
        launchTemplateName: name,
        defaultVersionNumber: template.DefaultVersionNumber ?? null,
        latestVersionNumber: template.LatestVersionNumber ?? null,
        versions: list,
      },
    })
  })
}
