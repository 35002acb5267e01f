import { describe, expect, it } from 'vitest'
import type { RdsInstanceAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-instance-multi-az.js'
import { rdsInstanceFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsInstanceAttributes>; expected: string; says: string }[] = [
    { name: 'Multi-AZ', attrs: { multiAz: true }, expected: 'pass', says: 'orders-db (postgres) is a Multi-AZ deployment' },
    { name: 'Single-AZ', attrs: { multiAz: false }, expected: 'fail', says: 'orders-db (postgres) runs in a single Availability Zone' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsInstanceFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
