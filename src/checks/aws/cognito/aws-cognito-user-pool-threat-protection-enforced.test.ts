import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cognito-user-pool-threat-protection-enforced.js'
import { userPool } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('cognito-idp:DescribeUserPool: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof userPool>[0]; expected: string }[] = [
    { name: 'enforced', attrs: {}, expected: 'pass' },
    { name: 'audit only', attrs: { advancedSecurityMode: 'AUDIT' }, expected: 'fail' },
    { name: 'off', attrs: { advancedSecurityMode: 'OFF' }, expected: 'fail' },
    { name: 'no add-on configuration', attrs: { advancedSecurityMode: null }, expected: 'fail' },
    { name: 'pool not described', attrs: { advancedSecurityMode: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, userPool(attrs)).status).toBe(expected)
  })
})
