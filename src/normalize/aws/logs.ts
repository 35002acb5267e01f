import type { Relation, Resource } from '../../core/resource.js'
import { isUnknown, unknown } from '../../core/unknown.js'
import type { LogsRaw } from '../../collect/aws/logs.js'
import { AWS, type LogGroupAttributes, type MetricFilter } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

type RawMetricFilter = Extract<LogsRaw['metricFilters'], { ok: true }>['value'][number]

/** A metric filter in the contract's shape. */
function metricFilterOf(f: RawMetricFilter): MetricFilter {
  return {
    name: f.filterName ?? '',
    pattern: f.filterPattern ?? '',
    metrics: (f.metricTransformations ?? []).map((m) => ({ namespace: m.metricNamespace ?? '', name: m.metricName ?? '' })),
  }
}

/** Groups metric filters by the log group they belong to. */
function filtersByGroup(filters: readonly RawMetricFilter[]): Map<string, MetricFilter[]> {
  const out = new Map<string, MetricFilter[]>()
  for (const f of filters) {
    if (!f.logGroupName) continue
    let list = out.get(f.logGroupName)
    if (!list) out.set(f.logGroupName, (list = []))
    list.push(metricFilterOf(f))
  }
  return out
}

/**
 * A log group's uid: DescribeLogGroups' `arn` ends in ':*' (the form IAM policies use), the resource ARN does not
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_LogGroup.html).
 */
export function logGroupUid(arn: string): string {
  return arn.endsWith(':*') ? arn.slice(0, -2) : arn
}

/** CloudWatch Logs raw data → aws.logs.log-group with its metric filters. */
export function normalizeLogs(raw: LogsRaw, scope: NormalizeScope): Resource<LogGroupAttributes>[] {
  const mf = raw.metricFilters
  const byGroup = mf.ok ? filtersByGroup(mf.value) : unknown(`logs:DescribeMetricFilters: ${mf.reason}`)
  return raw.logGroups.map((g) => {
    const name = g.logGroupName ?? ''
    const arn = g.logGroupArn ?? g.arn ?? `arn:aws:logs:${scope.region}:${scope.account}:log-group:${name}`
    const relations: Relation[] = g.kmsKeyId ? [{ kind: 'uses-kms-key', target: g.kmsKeyId }] : []
    return awsResource<LogGroupAttributes>({
      uid: logGroupUid(arn),
      type: AWS.logsLogGroup,
      account: scope.account,
      region: scope.region,
      name,
      relations,
      attributes: {
        logGroupName: name,
        // No retentionInDays means events never expire (API_LogGroup).
        retentionInDays: g.retentionInDays ?? null,
        kmsKeyId: g.kmsKeyId ?? null,
        metricFilters: isUnknown(byGroup) ? byGroup : (byGroup.get(name) ?? []),
      },
    })
  })
}
