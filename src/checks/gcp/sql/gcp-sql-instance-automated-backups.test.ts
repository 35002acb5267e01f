import { describe, expect, it } from 'vitest'
import check from './gcp-sql-instance-automated-backups.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'enabled', backupEnabled: true, expected: 'pass' },
    { name: 'disabled', backupEnabled: false, expected: 'fail' },
  ])('$name → $expected', ({ backupEnabled, expected }) => {
    expect(runCheck(check, sqlInstanceFixture({ backupEnabled })).status).toBe(expected)
  })

  it('does not judge read replicas (CIS excludes them)', () => {
    const replica = sqlInstanceFixture({
      instanceType: 'READ_REPLICA_INSTANCE',
      backupEnabled: false,
      masterInstanceName: 'posture-test-project:orders-db',
    })
    expect(() => runCheck(check, replica)).toThrow(/got 0/)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
