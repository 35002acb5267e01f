import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-entra-admin-configured.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const admin = { login: 'dba-group', sid: '6f1d0e1c-0000-4000-8000-000000000001', tenantId: null, azureADOnlyAuthentication: false }
  const cases: { name: string; entraAdmin: AzureSqlServerAttributes['entraAdmin']; expected: string }[] = [
    { name: 'admin set', entraAdmin: admin, expected: 'pass' },
    { name: 'no admin', entraAdmin: null, expected: 'fail' },
    { name: 'not collected', entraAdmin: unknown('serverAzureADAdministrators.listByServer: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ entraAdmin, expected }) => {
    expect(runCheck(check, sqlServerFixture({ entraAdmin })).status).toBe(expected)
  })
})
