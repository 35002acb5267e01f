import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-auditing-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

const on = { state: 'Enabled', retentionDays: 0, storageTarget: false, azureMonitorTarget: true }

describe(check.id, () => {
  const cases: { name: string; auditing: AzureSqlServerAttributes['auditing']; expected: string }[] = [
    { name: 'enabled', auditing: on, expected: 'pass' },
    { name: 'disabled', auditing: { ...on, state: 'Disabled' }, expected: 'fail' },
    { name: 'not collected', auditing: unknown('serverBlobAuditingPolicies.get: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ auditing, expected }) => {
    expect(runCheck(check, sqlServerFixture({ auditing })).status).toBe(expected)
  })
  it('a failed server list is ERROR', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
