import { describe, expect, it } from 'vitest'
import check from './aws-rds-instance-backup-enabled.js'
import { rdsInstanceFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; days: number; expected: string; says: string }[] = [
    { name: 'backups disabled', days: 0, expected: 'fail', says: 'orders-db has automated backups disabled (retention period 0)' },
    { name: 'one day (RDS default via API)', days: 1, expected: 'fail', says: 'for only 1 day(s), fewer than 7' },
    { name: 'six days', days: 6, expected: 'fail', says: 'for only 6 day(s), fewer than 7' },
    { name: 'seven days', days: 7, expected: 'pass', says: 'orders-db keeps automated backups for 7 days' },
    { name: 'maximum 35 days', days: 35, expected: 'pass', says: 'for 35 days' },
  ]
  it.each(cases)('$name → $expected', ({ days, expected, says }) => {
    const f = runCheck(check, rdsInstanceFixture({ backupRetentionPeriod: days }))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
