/**
 * The CIS Google Cloud Foundations "log metric filter and alert" chain (recommendations 2.4–2.11): a log-based metric
 * whose filter covers the benchmark filter → an enabled alert policy with a threshold condition on that metric
 * (metric.type = "logging.googleapis.com/user/<metric>") that notifies at least one channel. One helper serves all.
 */
import type { Remediation } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { GcpProjectAttributes } from '../../normalize/gcp/types.js'
import { GCP_DATA_TYPES, USER_LOG_METRIC_PREFIX, type AlertPolicyAttributes, type LogMetricAttributes } from '../../normalize/gcp/types-data.js'
import { filterCovers } from './gcp-logging-filter.js'

/** One CIS requirement: what it watches and the benchmark's filter. */
export interface LogMetricSpec {
  /** CIS Google Cloud Foundations recommendation, e.g. '2.4'. */
  cis: string
  /** Plural noun phrase for messages, e.g. "project ownership changes". */
  subject: string
  /** Metric id suggested in the remediation, e.g. "project-ownership-changes". */
  metricName: string
  /** The benchmark's Logging filter. */
  filter: string
  /** Google documentation page about what is watched (https). */
  reference: string
}

type Policy = Resource<AlertPolicyAttributes>

/** Why a policy watching the metric does not count, or null when it does. */
function idleReason(p: Policy): string | null {
  const { enabled, notificationChannels } = p.attributes
  if (enabled === false) return `alert policy ${p.name} is disabled`
  if (enabled === null) return `alert policy ${p.name} does not report whether it is enabled`
  return notificationChannels.length === 0 ? `alert policy ${p.name} has no notification channel` : null
}

/** Policies with a threshold condition on the metric type. */
function watching(policies: Policy[], metricType: string): Policy[] {
  return policies.filter((p) => p.attributes.conditions.some((c) => c.kind === 'threshold' && c.metricTypes.includes(metricType)))
}

/** Verdict for one project: PASS when a covering, enabled log metric is watched by an enabled, notifying alert policy. */
export function evaluateLogMetricAlert(
  project: Resource<GcpProjectAttributes>,
  spec: LogMetricSpec,
  result: ResultBuilder,
  ctx: CheckContext,
): Verdict {
  const account = project.account
  const metrics = ctx.inventory
    .resources<LogMetricAttributes>(GCP_DATA_TYPES.loggingMetric, { account })
    .filter((m) => filterCovers(m.attributes.filter, spec.filter))
  const lead = `Project ${account}`
  if (metrics.length === 0) return result.fail(`${lead} has no log-based metric whose filter covers the CIS ${spec.cis} filter for ${spec.subject}.`)
  const active = metrics.filter((m) => !m.attributes.disabled)
  if (active.length === 0)
    return result.fail(`${lead} has log-based metric ${metrics.map((m) => m.name).join(', ')} for ${spec.subject}, but it is disabled.`)
  const policies = ctx.inventory.resources<AlertPolicyAttributes>(GCP_DATA_TYPES.monitoringAlertPolicy, { account })
  const idle: string[] = []
  for (const m of active) {
    for (const p of watching(policies, `${USER_LOG_METRIC_PREFIX}${m.name}`)) {
      const why = idleReason(p)
      if (!why) return result.pass(`${lead} counts ${spec.subject} in log-based metric ${m.name}, watched by enabled alert policy ${p.name}.`)
      idle.push(why)
    }
  }
  const names = active.map((m) => m.name).join(', ')
  return idle.length > 0
    ? result.fail(`${lead} counts ${spec.subject} in log-based metric ${names}, but ${[...new Set(idle)].join('; ')}.`)
    : result.fail(`${lead} counts ${spec.subject} in log-based metric ${names}, but no alert policy has a threshold condition on it.`)
}

/** Remediation shared by the CIS log-metric checks: create the metric with the benchmark filter and an alert policy on it. */
export function logMetricRemediation(spec: LogMetricSpec): Remediation {
  const filter = spec.filter.replace(/\s+/g, ' ').trim()
  const type = `${USER_LOG_METRIC_PREFIX}${spec.metricName}`
  return {
    steps: [
      `Create a log-based counter metric ${spec.metricName} in the project with the CIS ${spec.cis} filter: ${filter}`,
      `Create an alert policy with a threshold condition on metric.type="${type}" (count > 0 over a short window).`,
      'Attach at least one notification channel (email, Pub/Sub, PagerDuty, ...) and keep the policy enabled.',
    ],
    cli:
      `gcloud logging metrics create ${spec.metricName} --description="CIS ${spec.cis}: ${spec.subject}" --log-filter='${filter}' && ` +
      'gcloud alpha monitoring policies create --policy-from-file=<policy.json>  # threshold on ' +
      `metric.type="${type}", notificationChannels set`,
    terraform:
      `google_logging_metric { name = "${spec.metricName}", filter = ${JSON.stringify(filter)} } and google_monitoring_alert_policy with ` +
      `conditions { condition_threshold { filter = "metric.type=\\"${type}\\" AND resource.type=\\"global\\"", comparison = "COMPARISON_GT", ` +
      'threshold_value = 0 } }, enabled = true and notification_channels = [<channel ids>].',
    references: [
      spec.reference,
      'https://cloud.google.com/logging/docs/logs-based-metrics/counter-metrics',
      'https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts',
    ],
  }
}
