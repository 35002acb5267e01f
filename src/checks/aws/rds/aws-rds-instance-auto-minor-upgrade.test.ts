import { describe, expect, it } from 'vitest'
import type { RdsInstanceAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-instance-auto-minor-upgrade.js'
import { rdsInstanceFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsInstanceAttributes>; expected: string; says: string }[] = [
    {
      name: 'auto minor upgrades on',
      attrs: { autoMinorVersionUpgrade: true },
      expected: 'pass',
      says: 'orders-db (postgres 16.3) receives minor version upgrades automatically',
    },
    {
      name: 'auto minor upgrades off',
      attrs: { autoMinorVersionUpgrade: false },
      expected: 'fail',
      says: 'orders-db (postgres 16.3) does not upgrade',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsInstanceFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
