import { describe, expect, it } from 'vitest'
import check from './azure-monitor-subscription-diagnostic-categories.js'
import { unknown } from '../../../core/unknown.js'
import type { SubscriptionDiagnosticSetting } from '../../../normalize/azure/types-management.js'
import { diagnosticSetting, diagnosticsFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

const CIS = ['Administrative', 'Alert', 'Policy', 'Security']

describe(check.id, () => {
  const cases: { name: string; settings: SubscriptionDiagnosticSetting[] | ReturnType<typeof unknown>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'one setting with all four', settings: [diagnosticSetting('all', CIS)], expected: 'pass' },
    {
      name: 'split over two settings',
      settings: [diagnosticSetting('a', ['Administrative', 'Alert']), diagnosticSetting('b', ['Policy', 'Security'])],
      expected: 'fail',
    },
    { name: 'Security missing', settings: [diagnosticSetting('partial', ['Administrative', 'Alert', 'Policy'])], expected: 'fail' },
    { name: 'all four but no destination', settings: [diagnosticSetting('nowhere', CIS, { workspaceId: null })], expected: 'fail' },
    { name: 'no setting', settings: [], expected: 'fail' },
    { name: 'not collected', settings: unknown('diagnosticSettings.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ settings, expected }) => {
    expect(runCheck(check, diagnosticsFixture(settings)).status).toBe(expected)
  })

  it('says which categories each setting lacks', () => {
    const f = runCheck(
      check,
      diagnosticsFixture([diagnosticSetting('a', ['Administrative', 'Alert']), diagnosticSetting('b', ['Policy', 'Security'])]),
    )
    expect(f.message).toBe(
      'No diagnostic setting of subscription 00000000-0000-0000-0000-000000000001 exports all of Administrative, Alert, Policy, Security: ' +
        'a lacks Policy, Security; b lacks Administrative, Alert.',
    )
  })
})
