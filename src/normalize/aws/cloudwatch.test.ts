import { describe, expect, it } from 'vitest'
import type { CloudwatchRaw } from '../../collect/aws/cloudwatch.js'
import { normalizeCloudwatch } from './cloudwatch.js'
import { AWS, type AlarmAttributes } from './types.js'

type MetricAlarm = CloudwatchRaw['alarms'][number]

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }

const metricAlarm: MetricAlarm = {
  AlarmName: 'cis-root-usage',
  AlarmArn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:cis-root-usage',
  ActionsEnabled: true,
  OKActions: [],
  AlarmActions: ['arn:aws:sns:us-east-1:111122223333:security-alerts'],
  InsufficientDataActions: [],
  StateValue: 'OK',
  MetricName: 'RootAccountUsage',
  Namespace: 'CISBenchmark',
  Statistic: 'Sum',
  Dimensions: [],
  Period: 300,
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
}

// A metric-math alarm has no top-level metric; its inputs are in Metrics.
const mathAlarm: MetricAlarm = {
  AlarmName: 'error-rate',
  AlarmArn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:error-rate',
  ActionsEnabled: false,
  StateValue: 'INSUFFICIENT_DATA',
  EvaluationPeriods: 3,
  Threshold: 5,
  ComparisonOperator: 'GreaterThanThreshold',
  Metrics: [{ Id: 'e1', Expression: 'errors / requests * 100', ReturnData: true }],
}

describe('normalizeCloudwatch', () => {
  const cases: { name: string; alarm: MetricAlarm; expected: AlarmAttributes }[] = [
    {
      name: 'alarm on a metric-filter metric with an SNS action',
      alarm: metricAlarm,
      expected: {
        alarmName: 'cis-root-usage',
        namespace: 'CISBenchmark',
        metricName: 'RootAccountUsage',
        actionsEnabled: true,
        alarmActions: ['arn:aws:sns:us-east-1:111122223333:security-alerts'],
      },
    },
    {
      name: 'metric-math alarm with actions disabled and none set',
      alarm: mathAlarm,
      expected: { alarmName: 'error-rate', namespace: null, metricName: null, actionsEnabled: false, alarmActions: [] },
    },
  ]
  it.each(cases)('$name', ({ alarm, expected }) => {
    const [r] = normalizeCloudwatch({ alarms: [alarm] }, scope)
    expect(r).toMatchObject({ uid: alarm.AlarmArn, type: AWS.cloudwatchAlarm, region: 'us-east-1', account: '111122223333', name: alarm.AlarmName })
    expect(r!.attributes).toEqual(expected)
  })

  it('yields nothing for a region without alarms', () => {
    expect(normalizeCloudwatch({ alarms: [] }, scope)).toEqual([])
  })
})
