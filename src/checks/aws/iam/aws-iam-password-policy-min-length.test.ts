import { describe, expect, it } from 'vitest'
import check from './aws-iam-password-policy-min-length.js'
import { passwordPolicy, STRONG_PASSWORD_POLICY } from '../../_shared/iam-testing.js'
import { runCheck } from '../../_shared/testing.js'
import { unknown } from '../../../core/unknown.js'
import type { PasswordPolicyAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; policy: PasswordPolicyAttributes['policy']; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: '14 characters', policy: STRONG_PASSWORD_POLICY, expected: 'pass' },
    { name: '20 characters', policy: { ...STRONG_PASSWORD_POLICY, minimumLength: 20 }, expected: 'pass' },
    { name: '8 characters', policy: { ...STRONG_PASSWORD_POLICY, minimumLength: 8 }, expected: 'fail' },
    { name: 'no password policy', policy: null, expected: 'fail' },
    { name: 'not collected', policy: unknown('iam:GetAccountPasswordPolicy: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected }) => {
    expect(runCheck(check, passwordPolicy(policy)).status).toBe(expected)
  })
})
