import { describe, expect, it } from 'vitest'
import check from './gcp-sql-sqlserver-contained-db-auth-off.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) =>
  sqlInstanceFixture({ databaseVersion: 'SQLSERVER_2019_ENTERPRISE', engine: 'sqlserver', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `contained database authentication = off`, flags: { 'contained database authentication': 'off' }, expected: 'pass' },
    { name: 'not set', flags: {}, expected: 'pass' },
    { name: `contained database authentication = on`, flags: { 'contained database authentication': 'on' }, expected: 'fail' },
  ])('$name → $expected', ({ flags, expected }) => {
    expect(runCheck(check, instance(flags)).status).toBe(expected)
  })

  it('applies only to its engine', () => {
    expect(() => runCheck(check, sqlInstanceFixture({ databaseVersion: 'POSTGRES_16', engine: 'postgres' }))).toThrow(/got 0/)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
