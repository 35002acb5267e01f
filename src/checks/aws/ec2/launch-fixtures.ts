/** Test fixtures for launch template and launch configuration checks (not a check: the registry loads aws-* files only). */
import type { Resource } from '../../../core/resource.js'
import type { Maybe } from '../../../core/unknown.js'
import {
  AWS,
  settingUid,
  type EbsEncryptionDefaultAttributes,
  type LaunchConfigurationAttributes,
  type LaunchSettings,
  type LaunchTemplateAttributes,
  type LaunchTemplateVersion,
} from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** Well-configured launch settings: IMDSv2 required, no public IP, an encrypted volume, clean user data. */
export const goodSettings = (over: Partial<LaunchSettings> = {}): LaunchSettings => ({
  metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
  associatePublicIp: false,
  ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, kmsKeyId: null, snapshotId: null }],
  userDataSecrets: [],
  ...over,
})

/** A template version (number 1, default and latest unless told otherwise). */
export const ltVersion = (versionNumber: number, over: Partial<LaunchSettings> = {}, isDefault = versionNumber === 1): LaunchTemplateVersion => ({
  versionNumber,
  isDefault,
  ...goodSettings(over),
})

/** A launch template `web` whose default is version 1 and latest the highest version given. */
export function launchTemplate(versions: Maybe<LaunchTemplateVersion[]>): Resource<LaunchTemplateAttributes> {
  const latest = Array.isArray(versions) ? Math.max(...versions.map((v) => v.versionNumber)) : 1
  return awsFixture<LaunchTemplateAttributes>(AWS.ec2LaunchTemplate, {
    launchTemplateId: 'lt-0abc',
    launchTemplateName: 'web',
    defaultVersionNumber: 1,
    latestVersionNumber: latest,
    versions,
  })
}

/** A launch configuration `legacy-lc` with the given settings. */
export function launchConfiguration(over: Partial<LaunchSettings> = {}): Resource<LaunchConfigurationAttributes> {
  return awsFixture<LaunchConfigurationAttributes>(AWS.autoscalingLaunchConfiguration, {
    launchConfigurationName: 'legacy-lc',
    imageId: 'ami-0abc',
    createdTime: '2024-01-01T00:00:00.000Z',
    ...goodSettings(over),
  })
}

/** The region's EBS-encryption-by-default setting (account and region of awsFixture). */
export function ebsDefault(enabled: Maybe<boolean>): Resource<EbsEncryptionDefaultAttributes> {
  return awsFixture<EbsEncryptionDefaultAttributes>(
    AWS.ec2EbsEncryptionDefault,
    { enabled },
    { uid: settingUid('111122223333', 'us-east-1', 'ebs-encryption-by-default') },
  )
}
