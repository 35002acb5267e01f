import type { Resource } from '../../core/resource.js'
import type { DefenderRaw, SecurityContactRaw } from '../../collect/azure/defender.js'
import { maybe } from '../common.js'
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { azureResource, azureUid, type AzureNormalizeScope } from './helpers.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderPricing, type DefenderSecurityContact, type DefenderSettingsAttributes } from './types-management.js'

/** The uid of the per-subscription Defender settings resource. */
export function defenderSettingsUid(subscription: string): string {
  return azureUid(`/subscriptions/${subscription}/providers/microsoft.security/pricings`)
}

/** Plans by name; a plan without a tier is Free (the tier Defender for Cloud starts every plan in). */
function pricingsOf(r: DefenderRaw['pricings']): Maybe<Record<string, DefenderPricing>> {
  const listed = maybe(r, 'pricings.list')
  if (isUnknown(listed)) return listed
  const out: Record<string, DefenderPricing> = {}
  for (const p of listed ?? []) {
    if (!p.name) continue
    out[p.name] = { pricingTier: p.pricingTier ?? 'Free', subPlan: p.subPlan || null }
  }
  return out
}

/** A security contact in the contract's shape; `emails` is one semicolon-separated string in the API. */
export function securityContactOf(c: SecurityContactRaw): DefenderSecurityContact {
  const p = c.properties ?? {}
  const alerts = p.alertNotifications
  const byRole = p.notificationsByRole
  return {
    name: c.name ?? '',
    emails: (p.emails ?? '')
      .split(/[;,]/)
      .map((e) => e.trim())
      .filter((e) => e.length > 0),
    phone: p.phone || null,
    alertNotifications: alerts?.state ? { state: alerts.state, minimalSeverity: alerts.minimalSeverity ?? null } : null,
    notificationsByRole: byRole?.state ? { state: byRole.state, roles: byRole.roles ?? [] } : null,
  }
}

/** Defender raw data → azure.defender.settings (always one per subscription; each part Unknown when its call failed). */
export function normalizeDefender(raw: DefenderRaw, scope: AzureNormalizeScope): Resource[] {
  const contacts = maybe(raw.securityContacts, 'securityContacts.list')
  const attributes: DefenderSettingsAttributes = {
    subscriptionId: scope.subscription,
    pricings: pricingsOf(raw.pricings),
    securityContacts: isUnknown(contacts) ? contacts : (contacts ?? []).map(securityContactOf),
  }
  return [
    azureResource<DefenderSettingsAttributes>({
      id: defenderSettingsUid(scope.subscription),
      type: AZURE_MANAGEMENT_TYPES.defenderSettings,
      subscription: scope.subscription,
      name: scope.subscription,
      attributes,
    }),
  ]
}
