import { describe, expect, it } from 'vitest'
import check from './aws-ec2-ebs-encryption-by-default-enabled.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type EbsEncryptionDefaultAttributes } from '../../../normalize/aws/types.js'

const setting = (enabled: Maybe<boolean>) =>
  awsFixture<EbsEncryptionDefaultAttributes>(AWS.ec2EbsEncryptionDefault, { enabled }, { region: 'eu-west-1' })

describe(check.id, () => {
  const cases: { name: string; enabled: Maybe<boolean>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'enabled', enabled: true, expected: 'pass' },
    { name: 'disabled', enabled: false, expected: 'fail' },
    { name: 'not collected', enabled: unknown('ec2:GetEbsEncryptionByDefault: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ enabled, expected }) => {
    expect(runCheck(check, setting(enabled)).status).toBe(expected)
  })

  it('reports the reason when not collected', () => {
    expect(runCheck(check, setting(unknown('ec2:GetEbsEncryptionByDefault: AccessDenied'))).message).toContain('AccessDenied')
  })
})
