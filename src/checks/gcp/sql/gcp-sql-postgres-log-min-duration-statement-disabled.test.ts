import { describe, expect, it } from 'vitest'
import check from './gcp-sql-postgres-log-min-duration-statement-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) => sqlInstanceFixture({ databaseVersion: 'POSTGRES_16', engine: 'postgres', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `log_min_duration_statement = -1`, flags: { log_min_duration_statement: '-1' }, expected: 'pass' },
    { name: 'not set', flags: {}, expected: 'pass' },
    { name: `log_min_duration_statement = 0`, flags: { log_min_duration_statement: '0' }, expected: 'fail' },
    { name: `log_min_duration_statement = 500`, flags: { log_min_duration_statement: '500' }, expected: 'fail' },
  ])('$name → $expected', ({ flags, expected }) => {
    expect(runCheck(check, instance(flags)).status).toBe(expected)
  })

  it('applies only to its engine', () => {
    expect(() => runCheck(check, sqlInstanceFixture({ databaseVersion: 'MYSQL_8_0', engine: 'mysql' }))).toThrow(/got 0/)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
