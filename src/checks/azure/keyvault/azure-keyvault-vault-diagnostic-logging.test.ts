import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-vault-diagnostic-logging.js'
import { unknown } from '../../../core/unknown.js'
import type { KeyVaultAttributes } from '../../../normalize/azure/types-storage.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultFixture } from '../../_shared/azure-storage-fixtures.js'

const WORKSPACE =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-logs/providers/microsoft.operationalinsights/workspaces/law-sec'

describe(check.id, () => {
  const cases: { name: string; diagnosticSettings: KeyVaultAttributes['diagnosticSettings']; expected: string }[] = [
    { name: 'audit category group', diagnosticSettings: [{ name: 'a', destinations: [WORKSPACE], enabledLogs: ['audit'] }], expected: 'pass' },
    { name: 'allLogs category group', diagnosticSettings: [{ name: 'a', destinations: [WORKSPACE], enabledLogs: ['allLogs'] }], expected: 'pass' },
    { name: 'AuditEvent category', diagnosticSettings: [{ name: 'a', destinations: [WORKSPACE], enabledLogs: ['AuditEvent'] }], expected: 'pass' },
    { name: 'no settings', diagnosticSettings: [], expected: 'fail' },
    {
      name: 'only policy logs',
      diagnosticSettings: [{ name: 'a', destinations: [WORKSPACE], enabledLogs: ['AzurePolicyEvaluationDetails'] }],
      expected: 'fail',
    },
    { name: 'audit without a destination', diagnosticSettings: [{ name: 'a', destinations: [], enabledLogs: ['audit'] }], expected: 'fail' },
    { name: 'settings not collected', diagnosticSettings: unknown('keyvault:diagnosticSettings.list: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ diagnosticSettings, expected }) => {
    expect(runCheck(check, keyVaultFixture({ diagnosticSettings })).status).toBe(expected)
  })
  it('is an error, never a pass, when the vaults could not be listed', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'vaults.listBySubscription')).toEqual(['error'])
  })
})
