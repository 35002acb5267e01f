import { describe, expect, it } from 'vitest'
import check from './aws-iam-user-console-mfa-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { user } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { IamUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<IamUserAttributes>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'password and MFA', attrs: {}, expected: 'pass' },
    { name: 'password without MFA', attrs: { mfaDevices: [] }, expected: 'fail' },
    { name: 'no console password, no MFA', attrs: { passwordEnabled: false, mfaDevices: [] }, expected: 'pass' },
    {
      name: 'no console password, MFA list unknown',
      attrs: { passwordEnabled: false, mfaDevices: unknown('iam:ListMFADevices: AccessDenied') },
      expected: 'pass',
    },
    { name: 'password status unknown', attrs: { passwordEnabled: unknown('iam:GetCredentialReport: ReportNotPresent') }, expected: 'error' },
    { name: 'password, MFA list unknown', attrs: { mfaDevices: unknown('iam:ListMFADevices: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, user(attrs))
    expect(f.status).toBe(expected)
    if (expected === 'fail') expect(f.message).toContain('alice')
  })
})
