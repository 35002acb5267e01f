import { CloudWatchClient, paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch'
import type { AwsCollector } from './module.js'

/** Raw CloudWatch data for one region: metric alarms. */
export interface CloudwatchRaw {
  alarms: MetricAlarm[]
}

const TYPES = ['aws.cloudwatch.alarm']

/** CloudWatch metric alarms (composite alarms watch other alarms, not metrics, and are not collected). */
export const cloudwatchCollector: AwsCollector<CloudwatchRaw> = {
  service: 'cloudwatch',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const cw = session.client(CloudWatchClient, ctx.region)
    const list = await ctx.paginate(
      'DescribeAlarms',
      () => paginateDescribeAlarms({ client: cw }, {}),
      (p) => p.MetricAlarms,
      { affects: TYPES },
    )
    return { alarms: list.ok ? list.value : [] }
  },
}
