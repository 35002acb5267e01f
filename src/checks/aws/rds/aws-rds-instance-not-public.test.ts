import { describe, expect, it } from 'vitest'
import type { RdsInstanceAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-instance-not-public.js'
import { rdsInstanceFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsInstanceAttributes>; expected: string; says: string }[] = [
    {
      name: 'private instance',
      attrs: { publiclyAccessible: false },
      expected: 'pass',
      says: 'orders-db (postgres) is reachable only from inside its VPC',
    },
    { name: 'publicly accessible', attrs: { publiclyAccessible: true }, expected: 'fail', says: 'orders-db (postgres) is publicly accessible' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsInstanceFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
