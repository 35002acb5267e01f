import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cognito-user-pool-deletion-protection.js'
import { userPool } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('cognito-idp:DescribeUserPool: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof userPool>[0]; expected: string }[] = [
    { name: 'deletion protection active', attrs: {}, expected: 'pass' },
    { name: 'deletion protection inactive', attrs: { deletionProtection: false }, expected: 'fail' },
    { name: 'pool not described', attrs: { deletionProtection: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, userPool(attrs)).status).toBe(expected)
  })
})
