import { describe, expect, it } from 'vitest'
import check from './aws-iam-password-policy-complexity.js'
import { passwordPolicy, STRONG_PASSWORD_POLICY } from '../../_shared/iam-testing.js'
import { runCheck } from '../../_shared/testing.js'
import { unknown } from '../../../core/unknown.js'
import type { PasswordPolicyAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; policy: PasswordPolicyAttributes['policy']; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'all four classes', policy: STRONG_PASSWORD_POLICY, expected: 'pass' },
    { name: 'no symbols', policy: { ...STRONG_PASSWORD_POLICY, requireSymbols: false }, expected: 'fail', says: 'symbols' },
    {
      name: 'no upper or numbers',
      policy: { ...STRONG_PASSWORD_POLICY, requireUppercase: false, requireNumbers: false },
      expected: 'fail',
      says: 'uppercase letters, numbers',
    },
    { name: 'no password policy', policy: null, expected: 'fail' },
    { name: 'not collected', policy: unknown('iam:GetAccountPasswordPolicy: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected, says }) => {
    const f = runCheck(check, passwordPolicy(policy))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
