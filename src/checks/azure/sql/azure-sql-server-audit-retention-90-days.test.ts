import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-audit-retention-90-days.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

const storage = { state: 'Enabled', retentionDays: 90, storageTarget: true, azureMonitorTarget: false }

describe(check.id, () => {
  const cases: { name: string; auditing: AzureSqlServerAttributes['auditing']; expected: string }[] = [
    { name: '90 days', auditing: storage, expected: 'pass' },
    { name: 'unlimited (0)', auditing: { ...storage, retentionDays: 0 }, expected: 'pass' },
    { name: '30 days', auditing: { ...storage, retentionDays: 30 }, expected: 'fail' },
    { name: '89 days', auditing: { ...storage, retentionDays: 89 }, expected: 'fail' },
    { name: 'auditing disabled', auditing: { ...storage, state: 'Disabled' }, expected: 'fail' },
    {
      name: 'Log Analytics only: retention lives on the workspace',
      auditing: { ...storage, storageTarget: false, azureMonitorTarget: true },
      expected: 'error',
    },
    { name: 'not collected', auditing: unknown('serverBlobAuditingPolicies.get: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ auditing, expected }) => {
    expect(runCheck(check, sqlServerFixture({ auditing })).status).toBe(expected)
  })
})
