/** Demo estate, logging part: KMS keys, CloudTrail trails, a CIS metric filter with its alarm, AWS Config in one region. */
import { KMSClient, CreateAliasCommand, CreateKeyCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms'
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail'
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'
import {
  ConfigServiceClient,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service'
import { settingUid } from '../../src/normalize/aws/types.js'
import type { SeedContext } from './seed-demo.js'

/** Inputs from the IAM and S3 parts. */
export interface LoggingInputs {
  trailLogsRoleArn: string
  configRoleArn: string
  trailBucket: string
}

/**
 * CIS AWS Foundations Benchmark (v1.4+, control 4.1 / Security Hub CloudWatch.2) filter for unauthorized API calls:
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-2
 */
const UNAUTHORIZED_PATTERN =
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }'
const TRAIL_LOG_GROUP = 'aws-cloudtrail-logs-org-audit'

/** Two customer keys in the home region: rotation on vs off. Returns the rotated key's ARN (it encrypts the trail). */
async function keys(ctx: SeedContext, region: string): Promise<string> {
  const kms = new KMSClient(ctx.config(region))
  try {
    const [rotated, stale] = await Promise.all([
      kms.send(new CreateKeyCommand({ Description: 'CloudTrail and data encryption', Tags: [{ TagKey: 'Name', TagValue: 'audit-key' }] })),
      kms.send(new CreateKeyCommand({ Description: 'legacy app key', Tags: [{ TagKey: 'Name', TagValue: 'legacy-app-key' }] })),
    ])
    const rotatedId = rotated.KeyMetadata!.KeyId!
    const staleId = stale.KeyMetadata!.KeyId!
    await Promise.all([
      kms.send(new EnableKeyRotationCommand({ KeyId: rotatedId })),
      kms.send(new CreateAliasCommand({ AliasName: 'alias/audit-key', TargetKeyId: rotatedId })),
      kms.send(new CreateAliasCommand({ AliasName: 'alias/legacy-app-key', TargetKeyId: staleId })),
    ])
    ctx.count(2)
    ctx.ok('aws-kms-key-rotation-enabled', rotated.KeyMetadata!.Arn!, rotatedId, 'automatic rotation on (alias/audit-key)')
    ctx.fail('aws-kms-key-rotation-enabled', stale.KeyMetadata!.Arn!, staleId, 'automatic rotation off (alias/legacy-app-key)')
    return rotated.KeyMetadata!.Arn!
  } finally {
    kms.destroy()
  }
}

/** The trail's log group with one CIS metric filter, and an alarm on its metric that notifies a topic. */
async function monitoring(ctx: SeedContext, region: string): Promise<string> {
  const logs = new CloudWatchLogsClient(ctx.config(region))
  const cw = new CloudWatchClient(ctx.config(region))
  try {
    await logs.send(new CreateLogGroupCommand({ logGroupName: TRAIL_LOG_GROUP }))
    await Promise.all([
      logs.send(
        new PutMetricFilterCommand({
          logGroupName: TRAIL_LOG_GROUP,
          filterName: 'cis-unauthorized-api-calls',
          filterPattern: UNAUTHORIZED_PATTERN,
          metricTransformations: [{ metricNamespace: 'CISBenchmark', metricName: 'UnauthorizedAPICalls', metricValue: '1' }],
        }),
      ),
      cw.send(
        new PutMetricAlarmCommand({
          AlarmName: 'cis-unauthorized-api-calls',
          Namespace: 'CISBenchmark',
          MetricName: 'UnauthorizedAPICalls',
          Statistic: 'Sum',
          Period: 300,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          ActionsEnabled: true,
          AlarmActions: [`arn:aws:sns:${region}:${ctx.manifest.account}:security-alerts`],
        }),
      ),
    ])
    ctx.count(3)
    ctx.ok('aws-cloudwatch-unauthorized-api-calls-monitored', ctx.accountUid, ctx.manifest.account, 'metric filter + alarm with an action')
    ctx.fail('aws-cloudwatch-root-usage-monitored', ctx.accountUid, ctx.manifest.account, 'no metric filter for root usage')
    return `arn:aws:logs:${region}:${ctx.manifest.account}:log-group:${TRAIL_LOG_GROUP}:*`
  } finally {
    logs.destroy()
    cw.destroy()
  }
}

/** A multi-region, validated, KMS-encrypted trail sending to CloudWatch Logs (home region). */
async function goodTrail(ctx: SeedContext, region: string, input: LoggingInputs, keyArn: string, logGroupArn: string): Promise<void> {
  const ct = new CloudTrailClient(ctx.config(region))
  try {
    const trail = await ct.send(
      new CreateTrailCommand({
        Name: 'org-audit',
        S3BucketName: input.trailBucket,
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        EnableLogFileValidation: true,
        KmsKeyId: keyArn,
        CloudWatchLogsLogGroupArn: logGroupArn,
        CloudWatchLogsRoleArn: input.trailLogsRoleArn,
      }),
    )
    // Management events read+write, plus S3 object-level writes (not reads) for all buckets.
    await Promise.all([
      ct.send(new StartLoggingCommand({ Name: 'org-audit' })),
      ct.send(
        new PutEventSelectorsCommand({
          TrailName: 'org-audit',
          EventSelectors: [
            { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] },
            { ReadWriteType: 'WriteOnly', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] },
          ],
        }),
      ),
    ])
    ctx.count()
    const arn = trail.TrailARN!
    for (const id of ['log-file-validation-enabled', 'kms-encryption-enabled', 'trail-logging', 'cloudwatch-logs-integrated']) {
      ctx.ok(`aws-cloudtrail-${id}`, arn, 'org-audit', 'well-configured multi-region trail')
    }
    ctx.ok(
      'aws-cloudtrail-multi-region-trail-enabled',
      ctx.accountUid,
      ctx.manifest.account,
      'org-audit is multi-region, logging, all management events',
    )
    ctx.ok('aws-cloudtrail-s3-data-events-write', ctx.accountUid, ctx.manifest.account, 'org-audit records S3 object writes')
    ctx.fail('aws-cloudtrail-s3-data-events-read', ctx.accountUid, ctx.manifest.account, 'no trail records S3 object reads')
  } finally {
    ct.destroy()
  }
}

/** A forgotten single-region trail in the second region: no validation, no KMS, not logging. */
async function legacyTrail(ctx: SeedContext, region: string, input: LoggingInputs): Promise<void> {
  const ct = new CloudTrailClient(ctx.config(region))
  try {
    const trail = await ct.send(new CreateTrailCommand({ Name: 'legacy-eu-trail', S3BucketName: input.trailBucket, IsMultiRegionTrail: false }))
    ctx.count()
    for (const id of ['log-file-validation-enabled', 'kms-encryption-enabled', 'trail-logging', 'cloudwatch-logs-integrated']) {
      ctx.fail(`aws-cloudtrail-${id}`, trail.TrailARN!, 'legacy-eu-trail', 'single-region trail left with defaults')
    }
  } finally {
    ct.destroy()
  }
}

/** AWS Config recording everything in the home region only. */
async function config(ctx: SeedContext, regions: [string, string], input: LoggingInputs): Promise<void> {
  const cfg = new ConfigServiceClient(ctx.config(regions[0]))
  try {
    await cfg.send(
      new PutConfigurationRecorderCommand({
        ConfigurationRecorder: {
          name: 'default',
          roleARN: input.configRoleArn,
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
      }),
    )
    await cfg.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: input.trailBucket } }))
    await cfg.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }))
    ctx.count()
    const uid = (r: string): string => settingUid(ctx.manifest.account, r, 'config-recorders')
    ctx.ok('aws-config-recorder-enabled', uid(regions[0]), `AWS Config ${regions[0]}`, 'recorder on, all resource types')
    ctx.fail('aws-config-recorder-enabled', uid(regions[1]), `AWS Config ${regions[1]}`, 'no recorder')
  } finally {
    cfg.destroy()
  }
}

/** Seeds the logging part. */
export async function seedLogging(ctx: SeedContext, input: LoggingInputs): Promise<void> {
  const regions = ctx.manifest.regions as [string, string]
  const [keyArn, logGroupArn] = await Promise.all([keys(ctx, regions[0]), monitoring(ctx, regions[0])])
  await Promise.all([goodTrail(ctx, regions[0], input, keyArn, logGroupArn), legacyTrail(ctx, regions[1], input), config(ctx, regions, input)])
}
