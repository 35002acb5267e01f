import { describe, expect, it } from 'vitest'
import check from './gcp-sql-mysql-local-infile-off.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

const instance = (databaseFlags: Record<string, string>) => sqlInstanceFixture({ databaseVersion: 'MYSQL_8_0', engine: 'mysql', databaseFlags })

describe(check.id, () => {
  it.each<{ name: string; flags: Record<string, string>; expected: string }>([
    { name: `local_infile = off`, flags: { local_infile: 'off' }, expected: 'pass' },
    { name: `local_infile = OFF`, flags: { local_infile: 'OFF' }, expected: 'pass' },
    { name: `local_infile = on`, flags: { local_infile: 'on' }, expected: 'fail' },
    { name: 'not set', flags: {}, expected: 'fail' },
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
