import type { Relation, Resource } from '../../core/resource.js'
import type { AlertConditionRaw, AlertPolicyRaw, MonitoringRaw } from '../../collect/gcp/monitoring.js'
import { gcpName, gcpResource, lastSegment, type GcpNormalizeScope } from './helpers.js'
import { GCP_DATA_TYPES, USER_LOG_METRIC_PREFIX, type AlertPolicyAttributes, type AlertPolicyCondition } from './types-data.js'

/**
 * Metric types a Monitoring filter selects: `metric.type = "t"` and `metric.type = one_of("a", "b")`
 * (https://cloud.google.com/monitoring/api/v3/filters). Prefix and regex selectors (starts_with, monitoring.regex.full_match)
 * name no exact type and are not returned.
 */
export function filterMetricTypes(filter: string): string[] {
  const out: string[] = []
  for (const m of filter.matchAll(/metric\.type\s*=\s*(?:"([^"]*)"|one_of\s*\(([^)]*)\))/g)) {
    if (m[1] !== undefined) out.push(m[1])
    else for (const q of (m[2] ?? '').matchAll(/"([^"]*)"/g)) out.push(q[1]!)
  }
  return out
}

/** A condition's kind and filter: exactly one condition* field is set (AlertPolicy.Condition reference). */
function conditionOf(c: AlertConditionRaw): AlertPolicyCondition {
  const base = { displayName: c.displayName ?? lastSegment(c.name) }
  const withFilter = (kind: AlertPolicyCondition['kind'], filter: string | undefined): AlertPolicyCondition => ({
    ...base,
    kind,
    filter: filter ?? null,
    metricTypes: kind === 'matched-log' ? [] : filterMetricTypes(filter ?? ''),
  })
  if (c.conditionThreshold) return withFilter('threshold', c.conditionThreshold.filter)
  if (c.conditionAbsent) return withFilter('absent', c.conditionAbsent.filter)
  if (c.conditionMatchedLog) return withFilter('matched-log', c.conditionMatchedLog.filter)
  if (c.conditionMonitoringQueryLanguage) return { ...base, kind: 'mql', filter: null, metricTypes: [] }
  if (c.conditionPrometheusQueryLanguage) return { ...base, kind: 'promql', filter: null, metricTypes: [] }
  return { ...base, kind: 'other', filter: null, metricTypes: [] }
}

function policyResource(raw: AlertPolicyRaw, scope: GcpNormalizeScope): Resource<AlertPolicyAttributes> {
  const policyName = raw.name ?? ''
  const conditions = (raw.conditions ?? []).map(conditionOf)
  const metrics = new Set(conditions.flatMap((c) => c.metricTypes).filter((t) => t.startsWith(USER_LOG_METRIC_PREFIX)))
  const relations: Relation[] = [...metrics].map((t) => ({
    kind: 'alerts-on',
    target: gcpName('logging', `projects/${scope.project}/metrics/${t.slice(USER_LOG_METRIC_PREFIX.length)}`),
  }))
  return gcpResource<AlertPolicyAttributes>({
    uid: gcpName('monitoring', policyName),
    type: GCP_DATA_TYPES.monitoringAlertPolicy,
    project: scope.project,
    name: raw.displayName || lastSegment(policyName),
    labels: raw.userLabels,
    attributes: {
      policyName,
      displayName: raw.displayName ?? '',
      enabled: typeof raw.enabled === 'boolean' ? raw.enabled : null,
      combiner: raw.combiner ?? null,
      conditions,
      notificationChannels: raw.notificationChannels ?? [],
    },
    relations,
  })
}

/** Alert policies → gcp.monitoring.alert-policy (relation alerts-on the log-based metrics its conditions watch). */
export function normalizeMonitoring(raw: MonitoringRaw, scope: GcpNormalizeScope): Resource[] {
  return raw.alertPolicies.map((p) => policyResource(p, scope))
}
