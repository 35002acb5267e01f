import { describe, expect, it } from 'vitest'
import check from './azure-mysql-flexible-server-audit-log-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { mysqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { auditLogEnabled: AzureMysqlFlexibleServerAttributes['auditLogEnabled']; expected: string }[] = [
    { auditLogEnabled: true, expected: 'pass' },
    { auditLogEnabled: false, expected: 'fail' },
    { auditLogEnabled: unknown('configurations.get(audit_log_enabled): AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$auditLogEnabled → $expected', ({ auditLogEnabled, expected }) => {
    expect(runCheck(check, mysqlServerFixture({ auditLogEnabled })).status).toBe(expected)
  })
})
