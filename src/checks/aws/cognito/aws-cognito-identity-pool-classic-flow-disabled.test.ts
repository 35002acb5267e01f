import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cognito-identity-pool-classic-flow-disabled.js'
import { identityPool } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('cognito-identity:DescribeIdentityPool: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof identityPool>[0]; expected: string }[] = [
    { name: 'enhanced flow only', attrs: {}, expected: 'pass' },
    { name: 'classic flow allowed', attrs: { allowClassicFlow: true }, expected: 'fail' },
    { name: 'pool not described', attrs: { allowClassicFlow: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, identityPool(attrs)).status).toBe(expected)
  })
})
