/**
 * The CIS AWS Foundations "monitoring" chain (section 4 in v1.4–3.0, AWS Security Hub CloudWatch.1–14):
 * a multi-region, logging trail with all management events → its CloudWatch Logs group → a metric filter
 * matching the benchmark pattern → an alarm on that metric with an action. One helper serves all 15 checks.
 */
import type { Remediation } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import { known, NotCollectedError } from '../../core/unknown.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import {
  AWS,
  settingUid,
  type AccountAttributes,
  type AlarmAttributes,
  type LogGroupAttributes,
  type MetricFilter,
} from '../../normalize/aws/types.js'
import { anySatisfies, baselineGaps, joinAnd, lacking, satisfied, uniqueTrails, type Probe, type Trail } from './trails.js'

/** One monitoring requirement: what it watches and the benchmark's filter pattern (every term of it is required). */
export interface MonitoringSpec {
  /** Plural noun phrase for messages, e.g. "unauthorized API calls". */
  subject: string
  /** Metric and alarm name suggested in the remediation, e.g. "UnauthorizedAPICalls". */
  metricName: string
  /** The CIS / Security Hub filter pattern. */
  pattern: string
  /** Security Hub control or CIS page for this requirement (https). */
  reference: string
}

type LogGroup = Resource<LogGroupAttributes>
type Alarm = Resource<AlarmAttributes>

/**
 * The terms of a JSON filter pattern, order-insensitive: braces and parentheses dropped, split on && and ||,
 * whitespace and quotes removed, so `($.eventName = "ConsoleLogin")` and `$.eventName=ConsoleLogin` agree.
 * Syntax: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html
 */
export function patternTerms(pattern: string): Set<string> {
  const terms = pattern
    .replace(/[{}()]/g, ' ')
    .split(/&&|\|\|/)
    .map((t) => t.replace(/\s+/g, '').replace(/["']/g, ''))
    .filter((t) => t.length > 0)
  return new Set(terms)
}

/**
 * True when the filter pattern contains every term of the required pattern. Whole terms are compared, so
 * `$.eventName = CreatePolicyVersion` does not stand in for `$.eventName = CreatePolicy`; extra terms are
 * allowed (CIS v1.5+ adds exclusions such as `$.eventName != HeadBucket`).
 */
export function patternCovers(filterPattern: string, requiredPattern: string): boolean {
  const have = patternTerms(filterPattern)
  return [...patternTerms(requiredPattern)].every((t) => have.has(t))
}

/** Verdict for one account: PASS when some baseline trail's log group has a matching filter with an actionable alarm. */
export function evaluateMonitoring(account: Resource<AccountAttributes>, spec: MonitoringSpec, result: ResultBuilder, ctx: CheckContext): Verdict {
  const trails = uniqueTrails(ctx.inventory.resources<Trail['attributes']>(AWS.cloudtrailTrail, { account: account.account }))
  return anySatisfies(trails, (t) => probeTrail(t, spec, ctx), result, {
    none: `Account ${account.account} has no CloudTrail trail, so ${spec.subject} cannot reach a metric filter or alarm.`,
    lead: `No alarm is set up for ${spec.subject}`,
  })
}

/** Follows one trail down the chain and says where it breaks. */
function probeTrail(trail: Trail, spec: MonitoringSpec, ctx: CheckContext): Probe {
  const name = trail.attributes.name
  const gaps = baselineGaps(trail)
  if (gaps.length > 0) return lacking(`trail ${name} ${joinAnd(gaps)}`)
  const arn = trail.attributes.cloudWatchLogsLogGroupArn
  if (!arn) return lacking(`trail ${name} does not send events to CloudWatch Logs`)
  const group = findLogGroup(arn, ctx)
  if (!group) return lacking(`trail ${name} sends events to log group ${arn}, which does not exist`)
  const groupName = group.attributes.logGroupName
  const filters = known(group.attributes.metricFilters, `metric filters of log group ${groupName}`).filter((f) =>
    patternCovers(f.pattern, spec.pattern),
  )
  if (filters.length === 0) return lacking(`log group ${groupName} (trail ${name}) has no metric filter matching the CIS pattern for ${spec.subject}`)
  const alarms = ctx.inventory.resources<AlarmAttributes>(AWS.cloudwatchAlarm, { account: group.account, region: group.region })
  return probeAlarms(`Trail ${name} sends events to log group ${groupName}`, filters, alarms)
}

/**
 * The log group a trail delivers to, matched by ARN without the trailing ':*' CloudTrail stores. Throws
 * NotCollectedError when its account or region was not scanned (absence would prove nothing there).
 */
function findLogGroup(groupArn: string, ctx: CheckContext): LogGroup | undefined {
  const uid = groupArn.replace(/:\*$/, '')
  const [, , , region = '', owner = ''] = uid.split(':')
  const scanned = ctx.inventory.get<AccountAttributes>(settingUid(owner, 'global', 'account'))
  if (!scanned) throw new NotCollectedError(`log group ${uid} is in account ${owner}, which was not scanned`)
  if (!scanned.attributes.regions.includes(region)) throw new NotCollectedError(`log group ${uid} is in region ${region}, which was not scanned`)
  return ctx.inventory.resources<LogGroupAttributes>(AWS.logsLogGroup, { account: owner, region }).find((g) => g.uid === uid)
}

/** PASS when an alarm watches a matching filter's metric with actions enabled and at least one alarm action. */
function probeAlarms(lead: string, filters: MetricFilter[], alarms: Alarm[]): Probe {
  const idle: string[] = []
  for (const f of filters) {
    for (const m of f.metrics) {
      const watching = alarms.filter((a) => a.attributes.namespace === m.namespace && a.attributes.metricName === m.name)
      const live = watching.find((a) => a.attributes.actionsEnabled && a.attributes.alarmActions.length > 0)
      if (live)
        return satisfied(`${lead}; its metric filter ${f.name} feeds ${m.namespace}/${m.name}, watched by alarm ${live.attributes.alarmName}.`)
      idle.push(
        ...watching.map(
          (a) =>
            `alarm ${a.attributes.alarmName} on ${m.namespace}/${m.name} ${a.attributes.actionsEnabled ? 'has no alarm action' : 'has actions disabled'}`,
        ),
      )
    }
  }
  const metrics = filters.flatMap((f) => f.metrics.map((m) => `${m.namespace}/${m.name}`))
  if (idle.length > 0) return lacking(`${lowerFirst(lead)}, but ${joinAnd(idle)}`)
  const fed = metrics.length > 0 ? `metric ${metrics.join(', ')}` : 'no metric'
  return lacking(`${lowerFirst(lead)} with metric filter ${filters.map((f) => f.name).join(', ')} (${fed}), but no alarm watches it`)
}

/** "Trail x ..." → "trail x ..." inside a longer sentence. */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}

/** Remediation shared by the monitoring checks: create the benchmark's metric filter and an alarm with an SNS action. */
export function monitoringRemediation(spec: MonitoringSpec): Remediation {
  const m = spec.metricName
  return {
    steps: [
      'Make sure a multi-region trail that records all management events delivers to a CloudWatch Logs group (aws cloudtrail update-trail --cloud-watch-logs-log-group-arn ...).',
      `On that log group, create a metric filter with the pattern ${spec.pattern}.`,
      `Create a CloudWatch alarm on the filter's metric (Sum >= 1 over 5 minutes) that notifies an SNS topic with at least one subscriber.`,
    ],
    cli:
      `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${m} ` +
      `--metric-transformations metricName=${m},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${spec.pattern}' && ` +
      `aws cloudwatch put-metric-alarm --alarm-name ${m} --namespace CISBenchmark --metric-name ${m} --statistic Sum --period 300 ` +
      `--evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions <sns-topic-arn>`,
    terraform:
      `aws_cloudwatch_log_metric_filter on the trail's log group with pattern = ${JSON.stringify(spec.pattern)} and a metric_transformation ` +
      `(namespace "CISBenchmark", name "${m}", value "1"); aws_cloudwatch_metric_alarm with the same namespace/metric_name, ` +
      'statistic "Sum", threshold 1, actions_enabled = true and alarm_actions = [<SNS topic ARN>].',
    references: [spec.reference, 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html'],
  }
}
