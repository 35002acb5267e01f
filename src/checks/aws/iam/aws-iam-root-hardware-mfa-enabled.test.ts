import { describe, expect, it } from 'vitest'
import check from './aws-iam-root-hardware-mfa-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { rootUser } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { RootUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RootUserAttributes>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'hardware MFA', attrs: { mfaEnabled: true, virtualMfa: false }, expected: 'pass' },
    { name: 'virtual MFA', attrs: { mfaEnabled: true, virtualMfa: true }, expected: 'fail' },
    { name: 'no MFA at all', attrs: { mfaEnabled: false, virtualMfa: false }, expected: 'fail' },
    {
      name: 'no MFA, virtual list unknown: still a failure',
      attrs: { mfaEnabled: false, virtualMfa: unknown('iam:ListVirtualMFADevices: AccessDenied') },
      expected: 'fail',
    },
    {
      name: 'MFA on, virtual list unknown',
      attrs: { mfaEnabled: true, virtualMfa: unknown('iam:ListVirtualMFADevices: AccessDenied') },
      expected: 'error',
    },
    { name: 'MFA status unknown', attrs: { mfaEnabled: unknown('iam:GetAccountSummary: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, rootUser(attrs)).status).toBe(expected)
  })
})
