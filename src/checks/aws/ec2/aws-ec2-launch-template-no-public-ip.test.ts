import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { LaunchTemplateVersion } from '../../../normalize/aws/types.js'
import check from './aws-ec2-launch-template-no-public-ip.js'
import { runCheck } from '../../_shared/testing.js'
import { launchTemplate, ltVersion } from './launch-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; versions: Maybe<LaunchTemplateVersion[]>; expected: string }[] = [
    { name: 'AssociatePublicIpAddress false', versions: [ltVersion(1)], expected: 'pass' },
    { name: 'not set (the subnet decides)', versions: [ltVersion(1, { associatePublicIp: null })], expected: 'pass' },
    { name: 'AssociatePublicIpAddress true', versions: [ltVersion(1, { associatePublicIp: true })], expected: 'fail' },
    { name: 'latest version asks for a public IP', versions: [ltVersion(1), ltVersion(2, { associatePublicIp: true })], expected: 'fail' },
    { name: 'versions not collected', versions: unknown('ec2:DescribeLaunchTemplateVersions: UnauthorizedOperation'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ versions, expected }) => {
    expect(runCheck(check, launchTemplate(versions)).status).toBe(expected)
  })
})
