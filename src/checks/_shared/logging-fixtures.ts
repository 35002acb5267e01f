/** Test fixtures for CloudTrail / CloudWatch monitoring checks: an account, trails, log groups and alarms. */
import type { Resource } from '../../core/resource.js'
import type { Maybe } from '../../core/unknown.js'
import {
  AWS,
  settingUid,
  type AccountAttributes,
  type AlarmAttributes,
  type LogGroupAttributes,
  type MetricFilter,
  type TrailAttributes,
} from '../../normalize/aws/types.js'
import { awsFixture } from './testing.js'

/** Account id used by every fixture (same as awsFixture's). */
export const ACCOUNT_ID = '111122223333'

/** The aws.account anchor resource, scanning `regions`. */
export function accountFixture(regions: string[] = ['us-east-1']): Resource<AccountAttributes> {
  return awsFixture<AccountAttributes>(
    AWS.account,
    { accountId: ACCOUNT_ID, regions, trustedAccounts: [] },
    { uid: settingUid(ACCOUNT_ID, 'global', 'account'), region: 'global', name: ACCOUNT_ID },
  )
}

/** ARN of the log group a fixture trail named `name` delivers to, as CloudTrail stores it (with ':*'). */
export function trailLogGroupArn(name = 'main', region = 'us-east-1'): string {
  return `arn:aws:logs:${region}:${ACCOUNT_ID}:log-group:cloudtrail-${name}:*`
}

/** A compliant multi-region trail in us-east-1 (all management events, CloudWatch Logs, KMS, validation). */
export function trailFixture(attrs: Partial<TrailAttributes> = {}, name = 'main'): Resource<TrailAttributes> {
  const attributes: TrailAttributes = {
    name,
    homeRegion: 'us-east-1',
    isMultiRegion: true,
    isOrganizationTrail: false,
    logFileValidation: true,
    kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    s3BucketName: 'trail-logs',
    cloudWatchLogsLogGroupArn: trailLogGroupArn(name),
    isLogging: true,
    eventSelectors: { managementEvents: 'All', s3DataEventsAllBuckets: { read: false, write: false } },
    ...attrs,
  }
  return awsFixture(AWS.cloudtrailTrail, attributes, {
    uid: `arn:aws:cloudtrail:us-east-1:${ACCOUNT_ID}:trail/${name}`,
    name,
    relations: [{ kind: 'logs-to-bucket', target: `arn:aws:s3:::${attributes.s3BucketName ?? ''}` }],
  })
}

/** The log group a fixture trail named `trail` delivers to, holding `metricFilters`. */
export function logGroupFixture(metricFilters: Maybe<MetricFilter[]>, trail = 'main', region = 'us-east-1'): Resource<LogGroupAttributes> {
  const logGroupName = `cloudtrail-${trail}`
  return awsFixture<LogGroupAttributes>(
    AWS.logsLogGroup,
    { logGroupName, retentionInDays: 365, kmsKeyId: null, metricFilters },
    { uid: trailLogGroupArn(trail, region).replace(/:\*$/, ''), name: logGroupName, region },
  )
}

/** A metric filter with `pattern` feeding CISBenchmark/<metric>. */
export function metricFilterFixture(pattern: string, metric = 'Monitored'): MetricFilter {
  return { name: `${metric}-filter`, pattern, metrics: [{ namespace: 'CISBenchmark', name: metric }] }
}

/** An alarm on CISBenchmark/<metric> that notifies an SNS topic. */
export function alarmFixture(attrs: Partial<AlarmAttributes> = {}, metric = 'Monitored', region = 'us-east-1'): Resource<AlarmAttributes> {
  const alarmName = attrs.alarmName ?? `${metric}-alarm`
  return awsFixture<AlarmAttributes>(
    AWS.cloudwatchAlarm,
    {
      alarmName,
      namespace: 'CISBenchmark',
      metricName: metric,
      actionsEnabled: true,
      alarmActions: [`arn:aws:sns:${region}:${ACCOUNT_ID}:security-alerts`],
      ...attrs,
    },
    { uid: `arn:aws:cloudwatch:${region}:${ACCOUNT_ID}:alarm:${alarmName}`, name: alarmName, region },
  )
}

/** Options to break one link of the monitoring chain. */
export interface ScenarioOptions {
  trail?: Partial<TrailAttributes>
  /** Replaces the single filter built from the pattern (e.g. an Unknown marker). */
  filters?: Maybe<MetricFilter[]>
  /** Overrides on the alarm; null = no alarm at all. */
  alarm?: Partial<AlarmAttributes> | null
}

/** A complete chain account → trail → log group → filter(pattern) → alarm, with one link changed by `opts`. */
export function monitoringScenario(pattern: string, opts: ScenarioOptions = {}): { account: Resource<AccountAttributes>; others: Resource[] } {
  const filters = opts.filters ?? [metricFilterFixture(pattern)]
  const others: Resource[] = [trailFixture(opts.trail), logGroupFixture(filters)]
  if (opts.alarm !== null) others.push(alarmFixture(opts.alarm))
  return { account: accountFixture(), others }
}
