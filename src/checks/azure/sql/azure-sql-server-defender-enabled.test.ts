import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-defender-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { defenderState: AzureSqlServerAttributes['defenderState']; expected: string }[] = [
    { defenderState: 'Enabled', expected: 'pass' },
    { defenderState: 'Disabled', expected: 'fail' },
    { defenderState: 'New', expected: 'fail' },
    { defenderState: unknown('serverAdvancedThreatProtectionSettings.get: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$defenderState → $expected', ({ defenderState, expected }) => {
    expect(runCheck(check, sqlServerFixture({ defenderState })).status).toBe(expected)
  })
})
