import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { Ec2LaunchTemplatesRaw, LaunchTemplateVersion } from '../../collect/aws/ec2-launch-templates.js'
import { normalizeEc2LaunchTemplates, userDataSecrets } from './ec2-launch-templates.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const TOKEN = ['ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('')
const b64 = (text: string) => Buffer.from(text).toString('base64')

const template = {
  LaunchTemplateId: 'lt-0abc',
  LaunchTemplateName: 'web',
  DefaultVersionNumber: 1,
  LatestVersionNumber: 2,
  Tags: [{ Key: 'team', Value: 'web' }],
}

const v1: LaunchTemplateVersion = {
  LaunchTemplateId: 'lt-0abc',
  LaunchTemplateName: 'web',
  VersionNumber: 1,
  DefaultVersion: true,
  LaunchTemplateData: {
    ImageId: 'ami-0abcdef1234567890',
    InstanceType: 't3.micro',
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 },
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
    BlockDeviceMappings: [
      { DeviceName: '/dev/xvda', Ebs: { Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', VolumeSize: 20 } },
      { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' },
    ],
    UserData: b64('#!/bin/bash\necho hello\n'),
  },
}
const v2: LaunchTemplateVersion = {
  LaunchTemplateId: 'lt-0abc',
  VersionNumber: 2,
  DefaultVersion: false,
  LaunchTemplateData: {
    ImageId: 'ami-0abcdef1234567890',
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20 } }],
    UserData: b64(`#!/bin/bash\ngit clone https://x:${TOKEN}@github.com/acme/app.git\n`),
  },
}

describe('normalizeEc2LaunchTemplates', () => {
  it('default and latest versions, their settings, and the uid', () => {
    const raw: Ec2LaunchTemplatesRaw = { launchTemplates: [{ template, versions: { ok: true, value: [v1, v2] } }] }
    const [r] = normalizeEc2LaunchTemplates(raw, scope)
    expect(r).toMatchObject({
      uid: `arn:aws:ec2:us-east-1:${ACCOUNT}:launch-template/lt-0abc`,
      type: AWS.ec2LaunchTemplate,
      name: 'web',
      tags: { team: 'web' },
      attributes: { launchTemplateId: 'lt-0abc', launchTemplateName: 'web', defaultVersionNumber: 1, latestVersionNumber: 2 },
    })
    expect(r!.attributes.versions).toEqual([
      {
        versionNumber: 1,
        isDefault: true,
        metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
        associatePublicIp: false,
        ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', snapshotId: null }],
        userDataSecrets: [],
      },
      {
        versionNumber: 2,
        isDefault: false,
        metadataOptions: null,
        associatePublicIp: true,
        ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: null, kmsKeyId: null, snapshotId: null }],
        userDataSecrets: [{ location: 'user data line 2', kind: 'GitHub token' }],
      },
    ])
    expect(JSON.stringify(r)).not.toContain(TOKEN)
  })

  it('the same version as default and latest appears once', () => {
    const raw: Ec2LaunchTemplatesRaw = {
      launchTemplates: [{ template: { ...template, LatestVersionNumber: 1 }, versions: { ok: true, value: [v1, v1] } }],
    }
    const [r] = normalizeEc2LaunchTemplates(raw, scope)
    expect(r!.attributes.versions).toHaveLength(1)
  })

  it('a failed DescribeLaunchTemplateVersions leaves the versions Unknown', () => {
    const raw: Ec2LaunchTemplatesRaw = {
      launchTemplates: [{ template, versions: { ok: false, reason: 'UnauthorizedOperation', code: 'UnauthorizedOperation' } }],
    }
    const [r] = normalizeEc2LaunchTemplates(raw, scope)
    expect(isUnknown(r!.attributes.versions)).toBe(true)
  })

  it('user data that is neither text nor gzip is Unknown, absent user data null', () => {
    expect(isUnknown(userDataSecrets(Buffer.from([0x1f, 0x8b, 0x00, 0x01]).toString('base64')))).toBe(true)
    expect(userDataSecrets(undefined)).toBeNull()
  })
})
