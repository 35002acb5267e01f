/**
 * The CIS Azure "activity log alert" checks (Foundations v2 5.2.1–5.2.10 and Service Health; v3 6.1.2.x): a
 * subscription passes when an enabled alert rule scoped to the whole subscription fires on every event of the
 * operation and notifies an action group. One helper serves all eleven checks; each check states only its event.
 */
import type { Remediation } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { AzureSubscriptionAttributes } from '../../normalize/azure/types.js'
import {
  AZURE_MANAGEMENT_TYPES,
  type ActivityLogAlertConditionItem,
  type ActivityLogAlertLeaf,
  type MonitorActivityLogAlertAttributes,
} from '../../normalize/azure/types-management.js'

/** The event an alert must catch. */
export interface ActivityAlertSpec {
  /** Noun phrase for messages, e.g. "policy assignment creation". */
  subject: string
  /** Activity log category of the event. */
  category: 'Administrative' | 'ServiceHealth'
  /** Administrative events: the operation, e.g. Microsoft.Authorization/policyAssignments/write. */
  operationName?: string
}

/** Whether one alert rule covers the event, and if not, why (a clause about the rule). */
export type AlertMatch = { ok: true } | { ok: false; reason: string }

/**
 * Field values of the events a rule must catch (fields compared case-insensitively). An Administrative event also
 * carries its resource provider and resource type, both implied by the operation name; Service Health alerts are
 * held to service issues (incidentType Incident), the event CIS asks for.
 */
function eventFields(spec: ActivityAlertSpec): Map<string, string> {
  const fields = new Map<string, string>([['category', spec.category.toLowerCase()]])
  if (spec.category === 'ServiceHealth') {
    fields.set('properties.incidenttype', 'incident')
  } else if (spec.operationName) {
    const op = spec.operationName.toLowerCase()
    const parts = op.split('/')
    fields.set('operationname', op)
    fields.set('resourceprovider', parts[0] ?? '')
    fields.set('resourcetype', parts.slice(0, -1).join('/'))
  }
  return fields
}

/** True when the leaf lets the event through (equals or containsAny, case-insensitive). */
function leafAdmits(leaf: ActivityLogAlertLeaf, fields: Map<string, string>): boolean {
  const value = fields.get(leaf.field.toLowerCase())
  if (value === undefined) return false
  if (leaf.equals !== null) return leaf.equals.toLowerCase() === value
  return (leaf.containsAny ?? []).some((v) => v.toLowerCase() === value)
}

/** True when a condition item lets the event through (an anyOf group: when one of its leaves does). */
function itemAdmits(item: ActivityLogAlertConditionItem, fields: Map<string, string>): boolean {
  if (item.leaf) return leafAdmits(item.leaf, fields)
  return (item.anyOf ?? []).some((l) => leafAdmits(l, fields))
}

/** The leaves of an item (a leaf, or the members of an anyOf group). */
function leavesOf(item: ActivityLogAlertConditionItem): ActivityLogAlertLeaf[] {
  return item.leaf ? [item.leaf] : (item.anyOf ?? [])
}

/** A leaf as written, for messages: `status = Succeeded`, `operationName in [a, b]`. */
function describeLeaf(l: ActivityLogAlertLeaf): string {
  return l.equals !== null ? `${l.field} = ${l.equals}` : `${l.field} in [${(l.containsAny ?? []).join(', ')}]`
}

/** True when some item names `field` and admits the event's value of it (the rule explicitly selects the event). */
function selects(conditions: readonly ActivityLogAlertConditionItem[], field: string, fields: Map<string, string>): boolean {
  return conditions.some((c) => leavesOf(c).some((l) => l.field.toLowerCase() === field && leafAdmits(l, fields)))
}

/** The ARM id of a subscription scope in comparable form. */
function scopeKey(s: string): string {
  return s.toLowerCase().replace(/\/+$/, '')
}

/**
 * Whether one alert rule covers every event of the spec in `subscription`: enabled; scoped to the subscription itself
 * (a resource group or resource scope misses the rest); its condition selects the category (and, for Administrative
 * events, the operation) and has no other filter that would drop some of those events (status, level, caller,
 * resource group, other operations); and it notifies at least one action group.
 */
export function matchAlert(alert: MonitorActivityLogAlertAttributes, subscription: string, spec: ActivityAlertSpec): AlertMatch {
  if (!alert.enabled) return { ok: false, reason: 'is disabled' }
  if (!alert.scopes.some((s) => scopeKey(s) === `/subscriptions/${subscription.toLowerCase()}`)) {
    return { ok: false, reason: `is scoped to ${alert.scopes.join(', ') || 'nothing'}, not to the whole subscription` }
  }
  const fields = eventFields(spec)
  if (!selects(alert.conditions, 'category', fields)) return { ok: false, reason: `does not select category ${spec.category}` }
  if (spec.operationName && !selects(alert.conditions, 'operationname', fields)) {
    return { ok: false, reason: `does not select operation ${spec.operationName}` }
  }
  const narrowing = alert.conditions.find((c) => !itemAdmits(c, fields))
  if (narrowing) {
    return { ok: false, reason: `also requires ${leavesOf(narrowing).map(describeLeaf).join(' or ')}, so it misses some of these events` }
  }
  if (alert.actionGroups.length === 0) return { ok: false, reason: 'notifies no action group' }
  return { ok: true }
}

/** True when the rule's condition names the operation (or, for Service Health, the category): worth explaining why it does not count. */
function mentions(alert: MonitorActivityLogAlertAttributes, spec: ActivityAlertSpec): boolean {
  return selects(alert.conditions, spec.operationName ? 'operationname' : 'category', eventFields(spec))
}

/** Verdict for one subscription: PASS when one of its activity log alert rules covers the event. */
export function evaluateActivityAlert(
  sub: Resource<AzureSubscriptionAttributes>,
  spec: ActivityAlertSpec,
  result: ResultBuilder,
  ctx: CheckContext,
): Verdict {
  const alerts = ctx.inventory.resources<MonitorActivityLogAlertAttributes>(AZURE_MANAGEMENT_TYPES.activityLogAlert, { account: sub.account })
  const label = `Subscription ${sub.name}`
  const near: string[] = []
  for (const a of alerts) {
    const m = matchAlert(a.attributes, sub.account, spec)
    if (m.ok) {
      const groups = plural(a.attributes.actionGroups.length, 'action group')
      return result.pass(`${label} has activity log alert ${a.name} on ${spec.subject}, notifying ${groups}.`)
    }
    if (mentions(a.attributes, spec)) near.push(`alert ${a.name} ${m.reason}`)
  }
  if (near.length === 0) return result.fail(`${label} has no activity log alert on ${spec.subject}.`)
  return result.fail(`${label} has no working activity log alert on ${spec.subject}: ${near.slice(0, 3).join('; ')}.`)
}

/** "1 action group", "2 action groups". */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Remediation for an activity log alert check. */
export function activityAlertRemediation(spec: ActivityAlertSpec): Remediation {
  const condition = spec.operationName ? `category=Administrative and operationName=${spec.operationName}` : 'category=ServiceHealth'
  const criteria = spec.operationName
    ? `criteria { category = "Administrative", operation_name = "${spec.operationName}" }`
    : 'criteria { category = "ServiceHealth" }'
  return {
    steps: [
      'In Azure Monitor > Alerts, create an activity log alert rule scoped to the whole subscription.',
      spec.operationName
        ? `Use the signal for operation ${spec.operationName} (category Administrative) without filtering on level, status or caller.`
        : 'Use the Service Health signal and include at least service issues (incidents) for all services and regions.',
      'Attach an action group that reaches the security or operations team, and keep the rule enabled.',
    ],
    cli:
      `az monitor activity-log alert create --name <name> --resource-group <rg> --scope /subscriptions/<subscription-id> ` +
      `--condition ${condition} --action-group <action-group-id>`,
    terraform: `azurerm_monitor_activity_log_alert with scopes = ["/subscriptions/<subscription-id>"], ${criteria} and action { action_group_id = <id> }.`,
    references: [
      spec.operationName
        ? 'https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule'
        : 'https://learn.microsoft.com/azure/service-health/alerts-activity-log-service-notifications-portal',
      'https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts',
    ],
  }
}
