import { describe, expect, it } from 'vitest'
import check from './azure-monitor-subscription-diagnostic-setting.js'
import { unknown } from '../../../core/unknown.js'
import type { SubscriptionDiagnosticSetting } from '../../../normalize/azure/types-management.js'
import { diagnosticSetting, diagnosticsFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

const STORAGE = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs'

describe(check.id, () => {
  const cases: { name: string; settings: SubscriptionDiagnosticSetting[] | ReturnType<typeof unknown>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'exports to a workspace', settings: [diagnosticSetting('to-law', ['Administrative'])], expected: 'pass' },
    {
      name: 'exports to a storage account',
      settings: [diagnosticSetting('to-st', ['Security'], { workspaceId: null, storageAccountId: STORAGE })],
      expected: 'pass',
    },
    { name: 'no setting', settings: [], expected: 'fail' },
    { name: 'a setting with every category off', settings: [diagnosticSetting('idle', [])], expected: 'fail' },
    { name: 'a setting without destination', settings: [diagnosticSetting('nowhere', ['Administrative'], { workspaceId: null })], expected: 'fail' },
    { name: 'not collected', settings: unknown('diagnosticSettings.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ settings, expected }) => {
    expect(runCheck(check, diagnosticsFixture(settings)).status).toBe(expected)
  })

  it('names the setting and what it exports', () => {
    expect(runCheck(check, diagnosticsFixture([diagnosticSetting('to-law', ['Administrative', 'Policy'])])).message).toBe(
      'Subscription 00000000-0000-0000-0000-000000000001 exports Administrative, Policy activity log events to a Log Analytics workspace through diagnostic setting to-law.',
    )
  })
})
