import {
  CloudWatchLogsClient,
  paginateDescribeLogGroups,
  paginateDescribeMetricFilters,
  type LogGroup,
  type MetricFilter,
} from '@aws-sdk/client-cloudwatch-logs'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw CloudWatch Logs data for one region: log groups, and every metric filter of the region in one list. */
export interface LogsRaw {
  logGroups: LogGroup[]
  metricFilters: CallResult<MetricFilter[]>
}

const TYPES = ['aws.logs.log-group']

/**
 * CloudWatch Logs log groups and metric filters. Metric filters are listed once for the whole region (without a
 * log group name DescribeMetricFilters returns them all) rather than once per group.
 */
export const logsCollector: AwsCollector<LogsRaw> = {
  service: 'logs',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const logs = session.client(CloudWatchLogsClient, ctx.region)
    const [groups, metricFilters] = await Promise.all([
      ctx.paginate(
        'DescribeLogGroups',
        () => paginateDescribeLogGroups({ client: logs }, {}),
        (p) => p.logGroups,
        { affects: TYPES },
      ),
      // A failure leaves every group's metric filters Unknown (the normalizer marks them); the group list is intact.
      ctx.paginate(
        'DescribeMetricFilters',
        () => paginateDescribeMetricFilters({ client: logs }, {}),
        (p) => p.metricFilters,
      ),
    ])
    return { logGroups: groups.ok ? groups.value : [], metricFilters }
  },
}
