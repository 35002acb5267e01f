import type { Relation, Resource } from '../../core/resource.js'
import { isUnknown } from '../../core/unknown.js'
import type { MonitorRaw } from '../../collect/azure/monitor.js'
import { maybe } from '../common.js'
import { azureRelation, azureResource, azureUid, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import {
  AZURE_MANAGEMENT_TYPES,
  type ActivityLogAlertConditionItem,
  type ActivityLogAlertLeaf,
  type MonitorActivityLogAlertAttributes,
  type MonitorSubscriptionDiagnosticsAttributes,
  type SubscriptionDiagnosticSetting,
} from './types-management.js'

type AlertRaw = MonitorRaw['alerts'][number]
type DiagnosticSettingRaw = NonNullable<Extract<MonitorRaw['diagnosticSettings'], { ok: true }>['value']>[number]

/**
 * A condition item as the service sends it. @azure/arm-monitor 7 models api-version 2017-04-01 (field/equals only);
 * `anyOf` and `containsAny` (api-version 2020-10-01) are not in its model and come through as sent.
 */
interface ConditionItemRaw {
  field?: string
  equals?: string
  containsAny?: string[]
  anyOf?: ConditionItemRaw[]
}

/** The uid of the per-subscription diagnostics resource. */
export function subscriptionDiagnosticsUid(subscription: string): string {
  return azureUid(`/subscriptions/${subscription}/providers/microsoft.insights/diagnosticSettings`)
}

/** A leaf, or null when it names no field (nothing to compare). */
function leafOf(c: ConditionItemRaw): ActivityLogAlertLeaf | null {
  if (!c.field) return null
  return { field: c.field, equals: c.equals ?? null, containsAny: Array.isArray(c.containsAny) ? c.containsAny : null }
}

/** condition.allOf → leaves and anyOf groups. */
export function conditionItemsOf(allOf: readonly ConditionItemRaw[] | undefined): ActivityLogAlertConditionItem[] {
  return (allOf ?? []).map((c): ActivityLogAlertConditionItem => {
    if (Array.isArray(c.anyOf) && c.anyOf.length > 0) {
      return { leaf: null, anyOf: c.anyOf.map(leafOf).filter((l): l is ActivityLogAlertLeaf => l !== null) }
    }
    return { leaf: leafOf(c) ?? { field: '', equals: c.equals ?? null, containsAny: null }, anyOf: null }
  })
}

/** One alert rule → azure.monitor.activity-log-alert, related to its action groups. */
function alertResource(a: AlertRaw, subscription: string): Resource<MonitorActivityLogAlertAttributes> {
  const actionGroups = (a.actions?.actionGroups ?? []).map((g) => g.actionGroupId).filter((id): id is string => !!id)
  const attributes: MonitorActivityLogAlertAttributes = {
    resourceGroup: resourceGroupOf(a.id!),
    // "enabled ... default value is true" (https://learn.microsoft.com/rest/api/monitor/activity-log-alerts/get).
    enabled: a.enabled ?? true,
    scopes: a.scopes ?? [],
    conditions: conditionItemsOf(a.condition?.allOf),
    actionGroups: actionGroups.map(azureUid),
    description: a.description || null,
  }
  return azureResource<MonitorActivityLogAlertAttributes>({
    id: a.id!,
    type: AZURE_MANAGEMENT_TYPES.activityLogAlert,
    subscription,
    name: a.name,
    location: a.location,
    tags: a.tags,
    attributes,
    relations: actionGroups.map((id) => azureRelation('notifies', id)),
  })
}

/** One diagnostic setting in the contract's shape (log categories without a name are dropped). */
function settingOf(d: DiagnosticSettingRaw): SubscriptionDiagnosticSetting {
  const extra = d as { marketplacePartnerId?: string }
  return {
    name: d.name ?? '',
    storageAccountId: d.storageAccountId || null,
    workspaceId: d.workspaceId || null,
    eventHubAuthorizationRuleId: d.eventHubAuthorizationRuleId || null,
    eventHubName: d.eventHubName || null,
    marketplacePartnerId: extra.marketplacePartnerId || null,
    logs: (d.logs ?? []).filter((l) => !!l.category).map((l) => ({ category: l.category!, enabled: l.enabled === true })),
  }
}

/** The subscription's diagnostic settings → azure.monitor.subscription-diagnostics (always one per subscription). */
function diagnosticsResource(raw: MonitorRaw, subscription: string): Resource<MonitorSubscriptionDiagnosticsAttributes> {
  const listed = maybe(raw.diagnosticSettings, 'diagnosticSettings.list')
  const settings = isUnknown(listed) ? listed : (listed ?? []).map(settingOf)
  const relations: Relation[] = []
  if (!isUnknown(settings)) {
    for (const s of settings) {
      for (const target of [s.storageAccountId, s.workspaceId, s.eventHubAuthorizationRuleId]) {
        if (target) relations.push(azureRelation('sends-to', target))
      }
    }
  }
  return azureResource<MonitorSubscriptionDiagnosticsAttributes>({
    id: subscriptionDiagnosticsUid(subscription),
    type: AZURE_MANAGEMENT_TYPES.subscriptionDiagnostics,
    subscription,
    name: subscription,
    attributes: { subscriptionId: subscription, settings },
    relations,
  })
}

/** Monitor raw data → activity log alert rules and the subscription's diagnostic settings resource. */
export function normalizeMonitor(raw: MonitorRaw, scope: AzureNormalizeScope): Resource[] {
  return [...raw.alerts.map((a) => alertResource(a, scope.subscription)), diagnosticsResource(raw, scope.subscription)]
}
