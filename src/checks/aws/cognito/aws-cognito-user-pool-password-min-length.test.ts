import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cognito-user-pool-password-min-length.js'
import { userPool } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('cognito-idp:DescribeUserPool: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof userPool>[0]; expected: string }[] = [
    { name: '14 characters', attrs: {}, expected: 'pass' },
    {
      name: 'default 8 characters',
      attrs: {
        passwordPolicy: {
          minimumLength: 8,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: true,
          passwordHistorySize: null,
          temporaryPasswordValidityDays: 7,
        },
      },
      expected: 'fail',
    },
    { name: 'no policy reported', attrs: { passwordPolicy: null }, expected: 'fail' },
    { name: 'pool not described', attrs: { passwordPolicy: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, userPool(attrs)).status).toBe(expected)
  })
})
