import { describe, expect, it } from 'vitest'
import check from './azure-defender-owner-notifications.js'
import type { Status } from '../../../core/finding.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { DefenderSecurityContact } from '../../../normalize/azure/types-management.js'
import { defenderFixture, securityContact } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

const byRole = (state: string, roles: string[]): DefenderSecurityContact[] => [securityContact({ notificationsByRole: { state, roles } })]

describe(check.id, () => {
  const cases: { name: string; securityContacts: Maybe<DefenderSecurityContact[]>; expected: Status }[] = [
    { name: 'On for Owner', securityContacts: byRole('On', ['Owner']), expected: 'pass' },
    { name: 'On for Owner and ServiceAdmin', securityContacts: byRole('On', ['ServiceAdmin', 'Owner']), expected: 'pass' },
    { name: 'On for AccountAdmin only', securityContacts: byRole('On', ['AccountAdmin']), expected: 'fail' },
    { name: 'Off', securityContacts: byRole('Off', ['Owner']), expected: 'fail' },
    { name: 'not configured', securityContacts: [securityContact({ notificationsByRole: null })], expected: 'fail' },
    { name: 'no contact', securityContacts: [], expected: 'fail' },
    { name: 'not collected', securityContacts: unknown('securityContacts.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ securityContacts, expected }) => {
    expect(runCheck(check, defenderFixture({ securityContacts })).status).toBe(expected)
  })
})
