import type { Resource } from '../../core/resource.js'
import type { CloudwatchRaw } from '../../collect/aws/cloudwatch.js'
import { AWS, type AlarmAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** CloudWatch raw data → aws.cloudwatch.alarm. */
export function normalizeCloudwatch(raw: CloudwatchRaw, scope: NormalizeScope): Resource<AlarmAttributes>[] {
  return raw.alarms.map((a) =>
    awsResource<AlarmAttributes>({
      uid: a.AlarmArn ?? `arn:aws:cloudwatch:${scope.region}:${scope.account}:alarm:${a.AlarmName}`,
      type: AWS.cloudwatchAlarm,
      account: scope.account,
      region: scope.region,
      name: a.AlarmName ?? '',
      attributes: {
        alarmName: a.AlarmName ?? '',
        // Metric-math alarms carry their metrics in `Metrics` and have no single namespace/metric name.
        namespace: a.Namespace ?? null,
        metricName: a.MetricName ?? null,
        // DescribeAlarms always reports ActionsEnabled; if it ever does not, do not assume the actions fire.
        actionsEnabled: a.ActionsEnabled ?? false,
        alarmActions: a.AlarmActions ?? [],
      },
    }),
  )
}
