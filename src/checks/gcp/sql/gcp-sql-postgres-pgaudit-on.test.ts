import { describe, expect, it } from 'vitest'
import check from './gcp-sql-postgres-pgaudit-on.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) => sqlInstanceFixture({ databaseVersion: 'POSTGRES_16', engine: 'postgres', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `cloudsql.enable_pgaudit = on`, flags: { 'cloudsql.enable_pgaudit': 'on' }, expected: 'pass' },
    { name: `cloudsql.enable_pgaudit = off`, flags: { 'cloudsql.enable_pgaudit': 'off' }, expected: 'fail' },
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
