import { describe, expect, it } from 'vitest'
import check from './azure-defender-security-contact-email.js'
import type { Status } from '../../../core/finding.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { DefenderSecurityContact } from '../../../normalize/azure/types-management.js'
import { defenderFixture, securityContact } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; securityContacts: Maybe<DefenderSecurityContact[]>; expected: Status }[] = [
    { name: 'an address', securityContacts: [securityContact({ emails: ['secops@contoso.com', 'cso@contoso.com'] })], expected: 'pass' },
    { name: 'a contact without address', securityContacts: [securityContact({ emails: [] })], expected: 'fail' },
    { name: 'no contact', securityContacts: [], expected: 'fail' },
    { name: 'not collected', securityContacts: unknown('securityContacts.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ securityContacts, expected }) => {
    expect(runCheck(check, defenderFixture({ securityContacts })).status).toBe(expected)
  })
})
