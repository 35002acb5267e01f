import { describe, expect, it } from 'vitest'
import type { DefenderRaw } from '../../collect/azure/defender.js'
import { isUnknown } from '../../core/unknown.js'
import { normalizeDefender, securityContactOf } from './defender.js'
import type { DefenderSettingsAttributes } from './types-management.js'

const SUB = '00000000-0000-0000-0000-000000000001'

function attrs(raw: DefenderRaw): DefenderSettingsAttributes {
  return normalizeDefender(raw, { subscription: SUB })[0]!.attributes as DefenderSettingsAttributes
}

describe('normalizeDefender', () => {
  it('yields one settings resource per subscription with plans by name', () => {
    const out = normalizeDefender(
      {
        pricings: {
          ok: true,
          value: [
            { name: 'VirtualMachines', pricingTier: 'Standard', subPlan: 'P1' },
            { name: 'KeyVaults', pricingTier: 'Free' },
          ],
        },
        securityContacts: { ok: true, value: [] },
      },
      { subscription: SUB },
    )
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ uid: `/subscriptions/${SUB}/providers/microsoft.security/pricings`, type: 'azure.defender.settings', name: SUB })
    expect(out[0]!.attributes).toEqual({
      subscriptionId: SUB,
      pricings: { VirtualMachines: { pricingTier: 'Standard', subPlan: 'P1' }, KeyVaults: { pricingTier: 'Free', subPlan: null } },
      securityContacts: [],
    })
  })

  it('leaves each part Unknown when its own call failed', () => {
    const failed = { ok: false as const, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }
    const a = attrs({ pricings: failed, securityContacts: { ok: true, value: [] } })
    expect(isUnknown(a.pricings)).toBe(true)
    expect(a.securityContacts).toEqual([])
    const b = attrs({ pricings: { ok: true, value: [] }, securityContacts: failed })
    expect(b.pricings).toEqual({})
    expect(isUnknown(b.securityContacts) && b.securityContacts.$unknown).toBe('securityContacts.list: AuthorizationFailed (HTTP 403)')
  })
})

describe('securityContactOf', () => {
  it('splits the semicolon-separated emails and keeps the notification settings', () => {
    expect(
      securityContactOf({
        name: 'default',
        properties: {
          emails: 'a@contoso.com; b@contoso.com;',
          phone: '',
          alertNotifications: { state: 'On', minimalSeverity: 'Low' },
          notificationsByRole: { state: 'On', roles: ['Owner'] },
        },
      }),
    ).toEqual({
      name: 'default',
      emails: ['a@contoso.com', 'b@contoso.com'],
      phone: null,
      alertNotifications: { state: 'On', minimalSeverity: 'Low' },
      notificationsByRole: { state: 'On', roles: ['Owner'] },
    })
  })
  it('reads missing notification settings as not configured', () => {
    expect(securityContactOf({ name: 'default', properties: { emails: '' } })).toEqual({
      name: 'default',
      emails: [],
      phone: null,
      alertNotifications: null,
      notificationsByRole: null,
    })
  })
})
