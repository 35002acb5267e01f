import type { GcpCollector } from './module.js'
import { DISABLED, tokenPages } from './pages.js'

/**
 * An alert policy as monitoring v3 projects.alertPolicies.list returns it (REST: no @googleapis package here). Only
 * the fields read downstream are declared; https://cloud.google.com/monitoring/api/ref_v3/rest/v3/projects.alertPolicies
 */
export interface AlertPolicyRaw {
  name?: string
  displayName?: string
  enabled?: boolean
  combiner?: string
  notificationChannels?: string[]
  userLabels?: Record<string, string>
  conditions?: AlertConditionRaw[]
}

/** One condition: exactly one of the condition* fields is set. */
export interface AlertConditionRaw {
  name?: string
  displayName?: string
  conditionThreshold?: { filter?: string }
  conditionAbsent?: { filter?: string }
  conditionMatchedLog?: { filter?: string }
  conditionMonitoringQueryLanguage?: { query?: string }
  conditionPrometheusQueryLanguage?: { query?: string }
}

/** One page of alertPolicies.list. */
interface AlertPolicyPage {
  alertPolicies?: AlertPolicyRaw[]
  nextPageToken?: string
}

/** Raw Cloud Monitoring data of one project. */
export interface MonitoringRaw {
  alertPolicies: AlertPolicyRaw[]
}

const POLICY = 'gcp.monitoring.alert-policy'

/** Alert policies of the project (the metrics scope the CIS log-metric alerts live in). */
export const monitoringCollector: GcpCollector<MonitoringRaw> = {
  service: 'monitoring',
  scope: 'global',
  produces: [POLICY],
  async collect(ctx, session) {
    const path = `v3/projects/${ctx.account}/alertPolicies`
    const list = await ctx.paginate(
      'monitoring.alertPolicies.list',
      (signal) => tokenPages((pageToken) => session.getJson<AlertPolicyPage>('monitoring', path, signal, pageToken ? { pageToken } : {})),
      (page) => page.alertPolicies,
      { affects: [POLICY], absentOn: DISABLED },
    )
    return { alertPolicies: list.ok ? list.value : [] }
  },
}
