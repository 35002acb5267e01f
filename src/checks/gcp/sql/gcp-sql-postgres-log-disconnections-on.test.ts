import { describe, expect, it } from 'vitest'
import check from './gcp-sql-postgres-log-disconnections-on.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) => sqlInstanceFixture({ databaseVersion: 'POSTGRES_16', engine: 'postgres', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `log_disconnections = on`, flags: { log_disconnections: 'on' }, expected: 'pass' },
    { name: `log_disconnections = off`, flags: { log_disconnections: 'off' }, expected: 'fail' },
    { name: 'not set', flags: {}, expected: 'fail' },
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
