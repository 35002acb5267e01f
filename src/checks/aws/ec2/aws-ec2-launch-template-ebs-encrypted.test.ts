import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { Resource } from '../../../core/resource.js'
import type { LaunchTemplateVersion } from '../../../normalize/aws/types.js'
import check from './aws-ec2-launch-template-ebs-encrypted.js'
import { runCheck } from '../../_shared/testing.js'
import { ebsDefault, launchTemplate, ltVersion } from './launch-fixtures.js'

const unset = [{ deviceName: '/dev/xvda', encrypted: null, kmsKeyId: null, snapshotId: null }]
const off = [{ deviceName: '/dev/xvda', encrypted: false, kmsKeyId: null, snapshotId: null }]

describe(check.id, () => {
  const cases: { name: string; versions: Maybe<LaunchTemplateVersion[]>; others?: Resource<unknown>[]; expected: string }[] = [
    { name: 'Encrypted true', versions: [ltVersion(1)], expected: 'pass' },
    { name: 'no EBS mappings', versions: [ltVersion(1, { ebsVolumes: [] })], expected: 'pass' },
    {
      name: 'Encrypted unset, encryption by default on',
      versions: [ltVersion(1, { ebsVolumes: unset })],
      others: [ebsDefault(true)],
      expected: 'pass',
    },
    {
      name: 'Encrypted unset, encryption by default off',
      versions: [ltVersion(1, { ebsVolumes: unset })],
      others: [ebsDefault(false)],
      expected: 'fail',
    },
    { name: 'Encrypted false', versions: [ltVersion(1, { ebsVolumes: off })], others: [ebsDefault(true)], expected: 'fail' },
    {
      name: 'Encrypted unset, default not collected',
      versions: [ltVersion(1, { ebsVolumes: unset })],
      others: [ebsDefault(unknown('AccessDenied'))],
      expected: 'error',
    },
    { name: 'Encrypted unset, default setting missing', versions: [ltVersion(1, { ebsVolumes: unset })], expected: 'error' },
    { name: 'versions not collected', versions: unknown('ec2:DescribeLaunchTemplateVersions: UnauthorizedOperation'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ versions, others, expected }) => {
    expect(runCheck(check, launchTemplate(versions), others).status).toBe(expected)
  })
})
