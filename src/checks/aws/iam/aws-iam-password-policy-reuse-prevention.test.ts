import { describe, expect, it } from 'vitest'
import check from './aws-iam-password-policy-reuse-prevention.js'
import { passwordPolicy, STRONG_PASSWORD_POLICY } from '../../_shared/iam-testing.js'
import { runCheck } from '../../_shared/testing.js'
import { unknown } from '../../../core/unknown.js'
import type { PasswordPolicyAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; policy: PasswordPolicyAttributes['policy']; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'remembers 24', policy: STRONG_PASSWORD_POLICY, expected: 'pass' },
    { name: 'remembers 5', policy: { ...STRONG_PASSWORD_POLICY, passwordReusePrevention: 5 }, expected: 'fail' },
    { name: 'reuse prevention unset', policy: { ...STRONG_PASSWORD_POLICY, passwordReusePrevention: null }, expected: 'fail' },
    { name: 'no password policy', policy: null, expected: 'fail' },
    { name: 'not collected', policy: unknown('iam:GetAccountPasswordPolicy: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected }) => {
    expect(runCheck(check, passwordPolicy(policy)).status).toBe(expected)
  })
})
