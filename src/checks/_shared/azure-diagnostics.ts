/** Helpers for the subscription diagnostic settings checks (CIS Azure Foundations v2 5.1.1–5.1.2). */
import type { SubscriptionDiagnosticSetting } from '../../normalize/azure/types-management.js'

/** The kinds of destination a setting sends to, e.g. ['Log Analytics workspace']; [] when it names none. */
export function destinationsOf(s: SubscriptionDiagnosticSetting): string[] {
  const out: string[] = []
  if (s.workspaceId) out.push('Log Analytics workspace')
  if (s.storageAccountId) out.push('storage account')
  if (s.eventHubAuthorizationRuleId) out.push('event hub')
  if (s.marketplacePartnerId) out.push('partner solution')
  return out
}

/** Log categories the setting enables (names as the API spells them). */
export function enabledCategories(s: SubscriptionDiagnosticSetting): string[] {
  return s.logs.filter((l) => l.enabled).map((l) => l.category)
}

/** Which of `required` the setting does not enable (category names compare case-insensitively). */
export function missingCategories(s: SubscriptionDiagnosticSetting, required: readonly string[]): string[] {
  const on = new Set(enabledCategories(s).map((c) => c.toLowerCase()))
  return required.filter((c) => !on.has(c.toLowerCase()))
}
