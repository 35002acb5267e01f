import { describe, expect, it } from 'vitest'
import check from './gcp-sql-sqlserver-cross-db-ownership-chaining-off.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) =>
  sqlInstanceFixture({ databaseVersion: 'SQLSERVER_2022_STANDARD', engine: 'sqlserver', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `cross db ownership chaining = off`, flags: { 'cross db ownership chaining': 'off' }, expected: 'pass' },
    { name: 'not set', flags: {}, expected: 'pass' },
    { name: `cross db ownership chaining = on`, flags: { 'cross db ownership chaining': 'on' }, expected: 'fail' },
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
