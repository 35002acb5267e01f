import { describe, expect, it } from 'vitest'
import check from './aws-iam-root-mfa-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { rootUser } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { RootUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RootUserAttributes>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'MFA on', attrs: { mfaEnabled: true }, expected: 'pass' },
    { name: 'MFA off', attrs: { mfaEnabled: false }, expected: 'fail' },
    { name: 'account summary not collected', attrs: { mfaEnabled: unknown('iam:GetAccountSummary: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, rootUser(attrs))
    expect(f.status).toBe(expected)
    if (expected === 'error') expect(f.message).toContain('AccessDenied')
  })
})
