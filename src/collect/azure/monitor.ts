import { MonitorClient, type ActivityLogAlertResource, type DiagnosticSettingsResource } from '@azure/arm-monitor'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'

/** Raw Azure Monitor data of one subscription. */
export interface MonitorRaw {
  /** Activity log alert rules of the subscription (api-version 2017-04-01; newer condition fields are kept as sent). */
  alerts: ActivityLogAlertResource[]
  /** The subscription's diagnostic settings (the activity log export). */
  diagnosticSettings: CallResult<DiagnosticSettingsResource[] | null>
}

const ALERT = 'azure.monitor.activity-log-alert'
const DIAGNOSTICS = 'azure.monitor.subscription-diagnostics'

/** The uid of the per-subscription diagnostics resource (as the normalizer builds it, see types-management.ts). */
function diagnosticsUid(subscription: string): string {
  return `/subscriptions/${subscription}/providers/microsoft.insights/diagnosticsettings`.toLowerCase()
}

/**
 * Activity log alert rules (activityLogAlerts.listBySubscriptionId) and subscription diagnostic settings. @azure/arm-monitor
 * 7 has no subscriptionDiagnosticSettings group: diagnosticSettings.list on the subscription scope sends the same request
 * (GET /subscriptions/<s>/providers/Microsoft.Insights/diagnosticSettings, api-version 2017-05-01-preview, the
 * subscription diagnostic settings API version). A failed list there leaves only that resource's settings Unknown.
 */
export const monitorCollector: AzureCollector<MonitorRaw> = {
  service: 'monitor',
  scope: 'global',
  produces: [ALERT, DIAGNOSTICS],
  async collect(ctx, session) {
    const client = session.client(MonitorClient, ctx.account)
    const [alerts, diagnosticSettings] = await Promise.all([
      ctx.paginate(
        'activityLogAlerts.listBySubscriptionId',
        (abortSignal) => client.activityLogAlerts.listBySubscriptionId({ abortSignal }).byPage(),
        (page) => page,
        { affects: [ALERT] },
      ),
      ctx.call(
        'diagnosticSettings.list',
        async (abortSignal) => (await client.diagnosticSettings.list(`subscriptions/${ctx.account}`, { abortSignal })).value ?? [],
        { resource: diagnosticsUid(ctx.account) },
      ),
    ])
    return { alerts: alerts.ok ? alerts.value.filter((a) => !!a.id) : [], diagnosticSettings }
  },
}
