import { describe, expect, it } from 'vitest'
import check from './azure-defender-alert-notifications-high-severity.js'
import type { Status } from '../../../core/finding.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { DefenderSecurityContact } from '../../../normalize/azure/types-management.js'
import { defenderFixture, securityContact } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

const alerts = (state: string, minimalSeverity: string | null): DefenderSecurityContact[] => [
  securityContact({ alertNotifications: { state, minimalSeverity } }),
]

describe(check.id, () => {
  const cases: { name: string; securityContacts: Maybe<DefenderSecurityContact[]>; expected: Status }[] = [
    { name: 'On from High', securityContacts: alerts('On', 'High'), expected: 'pass' },
    { name: 'On from Medium', securityContacts: alerts('On', 'Medium'), expected: 'pass' },
    { name: 'On from Low', securityContacts: alerts('On', 'Low'), expected: 'pass' },
    { name: 'Off', securityContacts: alerts('Off', 'High'), expected: 'fail' },
    { name: 'On without a severity', securityContacts: alerts('On', null), expected: 'fail' },
    { name: 'not configured', securityContacts: [securityContact({ alertNotifications: null })], expected: 'fail' },
    { name: 'no contact', securityContacts: [], expected: 'fail' },
    { name: 'not collected', securityContacts: unknown('securityContacts.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ securityContacts, expected }) => {
    expect(runCheck(check, defenderFixture({ securityContacts })).status).toBe(expected)
  })

  it('says what the contact is set to', () => {
    expect(runCheck(check, defenderFixture({ securityContacts: alerts('Off', 'Medium') })).message).toBe(
      'Defender for Cloud alert emails of subscription 00000000-0000-0000-0000-000000000001 do not include high severity: alert notifications Off (Medium).',
    )
  })
})
