import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import type { LogsRaw } from '../../collect/aws/logs.js'
import { logGroupUid, normalizeLogs } from './logs.js'
import { AWS, type LogGroupAttributes } from './types.js'

type LogGroup = LogsRaw['logGroups'][number]
type MetricFilter = Extract<LogsRaw['metricFilters'], { ok: true }>['value'][number]

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

const trailGroup: LogGroup = {
  logGroupName: 'aws-cloudtrail-logs',
  creationTime: 1709294400000,
  retentionInDays: 365,
  metricFilterCount: 2,
  arn: 'arn:aws:logs:eu-west-1:111122223333:log-group:aws-cloudtrail-logs:*',
  storedBytes: 123456,
  kmsKeyId: KEY,
}
// Newer responses also carry logGroupArn, the ARN without ':*'.
const appGroup: LogGroup = {
  logGroupName: '/aws/lambda/orders',
  creationTime: 1709294400000,
  metricFilterCount: 0,
  arn: 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/orders:*',
  logGroupArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/orders',
  storedBytes: 0,
}

const filters: MetricFilter[] = [
  {
    filterName: 'UnauthorizedAPICalls',
    filterPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    metricTransformations: [{ metricName: 'UnauthorizedAPICalls', metricNamespace: 'CISBenchmark', metricValue: '1' }],
    creationTime: 1709294400000,
    logGroupName: 'aws-cloudtrail-logs',
  },
  {
    filterName: 'RootUsage',
    filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    metricTransformations: [{ metricName: 'RootAccountUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }],
    creationTime: 1709294400000,
    logGroupName: 'aws-cloudtrail-logs',
  },
]

describe('normalizeLogs', () => {
  const cases: { name: string; raw: LogsRaw; expected: Record<string, Partial<LogGroupAttributes>> }[] = [
    {
      name: 'metric filters grouped by log group; groups without filters get []',
      raw: { logGroups: [trailGroup, appGroup], metricFilters: { ok: true, value: filters } },
      expected: {
        'arn:aws:logs:eu-west-1:111122223333:log-group:aws-cloudtrail-logs': {
          logGroupName: 'aws-cloudtrail-logs',
          retentionInDays: 365,
          kmsKeyId: KEY,
          metricFilters: [
            {
              name: 'UnauthorizedAPICalls',
              pattern: filters[0]!.filterPattern!,
              metrics: [{ namespace: 'CISBenchmark', name: 'UnauthorizedAPICalls' }],
            },
            { name: 'RootUsage', pattern: filters[1]!.filterPattern!, metrics: [{ namespace: 'CISBenchmark', name: 'RootAccountUsage' }] },
          ],
        },
        'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/orders': { retentionInDays: null, kmsKeyId: null, metricFilters: [] },
      },
    },
    {
      name: 'DescribeMetricFilters failed: every group has Unknown filters',
      raw: {
        logGroups: [trailGroup, appGroup],
        metricFilters: { ok: false, reason: 'AccessDeniedException: denied', code: 'AccessDeniedException' },
      },
      expected: {
        'arn:aws:logs:eu-west-1:111122223333:log-group:aws-cloudtrail-logs': {
          metricFilters: unknown('logs:DescribeMetricFilters: AccessDeniedException: denied'),
        },
        'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/orders': {
          metricFilters: unknown('logs:DescribeMetricFilters: AccessDeniedException: denied'),
        },
      },
    },
    { name: 'no log groups', raw: { logGroups: [], metricFilters: { ok: true, value: [] } }, expected: {} },
  ]
  it.each(cases)('$name', ({ raw, expected }) => {
    const rs = normalizeLogs(raw, scope)
    expect(rs.map((r) => r.uid)).toEqual(Object.keys(expected))
    for (const r of rs) {
      expect(r).toMatchObject({ type: AWS.logsLogGroup, account: '111122223333', region: 'eu-west-1', name: r.attributes.logGroupName })
      expect(r.attributes).toMatchObject(expected[r.uid]!)
    }
  })

  it('links an encrypted group to its key', () => {
    const [r] = normalizeLogs({ logGroups: [trailGroup], metricFilters: { ok: true, value: [] } }, scope)
    expect(r!.relations).toEqual([{ kind: 'uses-kms-key', target: KEY }])
  })
})

describe('logGroupUid', () => {
  const cases = [
    { arn: 'arn:aws:logs:us-east-1:111122223333:log-group:app:*', expected: 'arn:aws:logs:us-east-1:111122223333:log-group:app' },
    { arn: 'arn:aws:logs:us-east-1:111122223333:log-group:app', expected: 'arn:aws:logs:us-east-1:111122223333:log-group:app' },
  ]
  it.each(cases)('$arn', ({ arn, expected }) => {
    expect(logGroupUid(arn)).toBe(expected)
  })
})
