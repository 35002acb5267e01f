import { describe, expect, it } from 'vitest'
import type { RdsInstanceAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-instance-deletion-protection.js'
import { rdsInstanceFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsInstanceAttributes>; expected: string; says: string }[] = [
    { name: 'protected', attrs: { deletionProtection: true }, expected: 'pass', says: 'orders-db has deletion protection enabled' },
    { name: 'unprotected', attrs: { deletionProtection: false }, expected: 'fail', says: 'orders-db can be deleted' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsInstanceFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
