import { describe, expect, it } from 'vitest'
import check from './gcp-sql-mysql-skip-show-database-on.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) => sqlInstanceFixture({ databaseVersion: 'MYSQL_8_0', engine: 'mysql', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `skip_show_database = on`, flags: { skip_show_database: 'on' }, expected: 'pass' },
    { name: `skip_show_database = off`, flags: { skip_show_database: 'off' }, expected: 'fail' },
    { name: 'not set', flags: {}, expected: 'fail' },
  ])('$name → $expected', ({ flags, expected }) => {
    expect(runCheck(check, instance(flags)).status).toBe(expected)
  })

  it('applies only to its engine', () => {
    expect(() => runCheck(check, sqlInstanceFixture({ databaseVersion: 'SQLSERVER_2022_STANDARD', engine: 'sqlserver' }))).toThrow(/got 0/)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
