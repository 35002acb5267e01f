/**
 * CloudTrail trails from code: `aws_cloudtrail` and `AWS::CloudTrail::Trail`. Left out: single-region, no log file
 * validation, no KMS key, no CloudWatch Logs group, all management events and no data events (CreateTrail and
 * API_EventSelector defaults). Terraform's `enable_logging` defaults to true; CloudFormation requires IsLogging.
 * The trail's bucket, when declared in the same code, is linked so the bucket checks can follow it.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { summarizeSelectors } from '../../normalize/aws/cloudtrail.js'
import { AWS, type TrailAttributes } from '../../normalize/aws/types.js'
import type { AdaptContext, AdaptedResource, Adapter, IacResource } from '../model.js'
import { cfnList, presentLink } from './edge-shared.js'
import { blocks, bool, cfnTags, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>
type Selectors = NonNullable<Parameters<typeof summarizeSelectors>[0]>
type EventSelector = NonNullable<Selectors['EventSelectors']>[number]
type AdvancedSelector = NonNullable<Selectors['AdvancedEventSelectors']>[number]
type FieldSelector = NonNullable<AdvancedSelector['FieldSelectors']>[number]

const BUCKET_TYPES = new Set(['aws_s3_bucket', 'AWS::S3::Bucket'])

/** The bucket the trail writes to: its name, and the declared bucket resource when there is one. */
function bucketOf(v: unknown, ctx: AdaptContext): { name: string | null; bucket?: IacResource } {
  const target = ctx.resolve(v)
  if (target && BUCKET_TYPES.has(target.type)) {
    const name = str(target.values.bucket ?? target.values.BucketName, null)
    return { name: typeof name === 'string' ? name : target.address, bucket: target }
  }
  const name = str(v, null)
  if (typeof name !== 'string') return { name: isUnknown(name) ? '(known after apply)' : null }
  const bucket = ctx.ofType(...BUCKET_TYPES).find((r) => (r.values.bucket ?? r.values.BucketName) === name)
  return bucket ? { name, bucket } : { name }
}

function trail(
  r: IacResource,
  ctx: AdaptContext,
  f: { name: unknown; bucket: unknown; multiRegion: unknown; org: unknown; validation: unknown; kms: unknown; logs: unknown; logging: unknown },
  selectors: Maybe<Selectors>,
  tags: Record<string, string>,
): AdaptedResource<TrailAttributes>[] {
  const name = str(f.name, null)
  const trailName = typeof name === 'string' ? name : r.address
  const { name: s3BucketName, bucket } = bucketOf(f.bucket, ctx)
  const kmsKeyId = presentLink(f.kms, ctx)
  const relations: { kind: string; target: string }[] = []
  if (bucket) relations.push({ kind: 'logs-to-bucket', target: ctx.uidOf(bucket) })
  else if (s3BucketName && s3BucketName !== '(known after apply)') relations.push({ kind: 'logs-to-bucket', target: `arn:aws:s3:::${s3BucketName}` })
  const key = ctx.resolve(f.kms)
  if (key) relations.push({ kind: 'uses-kms-key', target: ctx.uidOf(key) })
  else if (typeof kmsKeyId === 'string' && kmsKeyId.startsWith('arn:')) relations.push({ kind: 'uses-kms-key', target: kmsKeyId })
  const logging = bool(f.logging, true)
  const attributes: TrailAttributes = {
    name: trailName,
    homeRegion: ctx.region,
    isMultiRegion: bool(f.multiRegion, false) as boolean,
    isOrganizationTrail: bool(f.org, false) as boolean,
    logFileValidation: bool(f.validation, false) as boolean,
    kmsKeyId,
    s3BucketName,
    cloudWatchLogsLogGroupArn: presentLink(f.logs, ctx),
    isLogging: logging === null ? true : logging,
    eventSelectors: isUnknown(selectors) ? selectors : summarizeSelectors(selectors),
  }
  return [{ type: AWS.cloudtrailTrail, name: trailName, tags, attributes, relations }]
}

/** A list of strings as the SDK shape wants it; unknown lists are dropped (they only narrow selectors). */
function list(v: unknown): string[] | undefined {
  const s = strings(v)
  return isUnknown(s) || s.length === 0 ? undefined : s
}

function tfSelectors(v: Values): Maybe<Selectors> {
  const classic = blocks(v, 'event_selector')
  const advanced = blocks(v, 'advanced_event_selector')
  if (isUnknown(classic)) return classic
  if (isUnknown(advanced)) return advanced
  const EventSelectors: EventSelector[] = []
  for (const s of classic) {
    const type = str(s.read_write_type, 'All')
    const include = bool(s.include_management_events, true)
    const data = blocks(s, 'data_resource')
    if (isUnknown(type)) return type
    if (isUnknown(include)) return include
    if (isUnknown(data)) return data
    EventSelectors.push({
      ReadWriteType: type as EventSelector['ReadWriteType'],
      IncludeManagementEvents: include === true,
      DataResources: data.map((d) => ({ Type: str(d.type, '') as string, Values: list(d.values) ?? [] })),
    })
  }
  const AdvancedEventSelectors: AdvancedSelector[] = []
  for (const a of advanced) {
    const fields = blocks(a, 'field_selector')
    if (isUnknown(fields)) return fields
    AdvancedEventSelectors.push({
      FieldSelectors: fields.map((f): FieldSelector => ({
        Field: str(f.field, '') as string,
        Equals: list(f.equals),
        NotEquals: list(f.not_equals),
        StartsWith: list(f.starts_with),
        NotStartsWith: list(f.not_starts_with),
        EndsWith: list(f.ends_with),
        NotEndsWith: list(f.not_ends_with),
      })),
    })
  }
  return { EventSelectors, AdvancedEventSelectors }
}

function cfnSelectors(v: Values): Maybe<Selectors> {
  const classic = cfnList(v.EventSelectors)
  const advanced = cfnList(v.AdvancedEventSelectors)
  if (isUnknown(classic)) return classic
  if (isUnknown(advanced)) return advanced
  const EventSelectors: EventSelector[] = []
  for (const s of classic) {
    const type = str(s.ReadWriteType, 'All')
    const include = bool(s.IncludeManagementEvents, true)
    const data = cfnList(s.DataResources)
    if (isUnknown(type)) return type
    if (isUnknown(include)) return include
    if (isUnknown(data)) return data
    EventSelectors.push({
      ReadWriteType: type as EventSelector['ReadWriteType'],
      IncludeManagementEvents: include === true,
      DataResources: data.map((d) => ({ Type: str(d.Type, '') as string, Values: list(d.Values) ?? [] })),
    })
  }
  const AdvancedEventSelectors: AdvancedSelector[] = []
  for (const a of advanced) {
    const fields = cfnList(a.FieldSelectors)
    if (isUnknown(fields)) return fields
    AdvancedEventSelectors.push({
      FieldSelectors: fields.map((f): FieldSelector => ({
        Field: str(f.Field, '') as string,
        Equals: list(f.Equals),
        NotEquals: list(f.NotEquals),
        StartsWith: list(f.StartsWith),
        NotStartsWith: list(f.NotStartsWith),
        EndsWith: list(f.EndsWith),
        NotEndsWith: list(f.NotEndsWith),
      })),
    })
  }
  return { EventSelectors, AdvancedEventSelectors }
}

function tfTrail(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  return trail(
    r,
    ctx,
    {
      name: v.name,
      bucket: v.s3_bucket_name,
      multiRegion: v.is_multi_region_trail,
      org: v.is_organization_trail,
      validation: v.enable_log_file_validation,
      kms: v.kms_key_id,
      logs: v.cloud_watch_logs_group_arn,
      logging: v.enable_logging,
    },
    tfSelectors(v),
    tfTags(v),
  )
}

function cfnTrail(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  return trail(
    r,
    ctx,
    {
      name: v.TrailName,
      bucket: v.S3BucketName,
      multiRegion: v.IsMultiRegionTrail,
      org: v.IsOrganizationTrail,
      validation: v.EnableLogFileValidation,
      kms: v.KMSKeyId,
      logs: v.CloudWatchLogsLogGroupArn,
      logging: v.IsLogging,
    },
    cfnSelectors(v),
    cfnTags(v),
  )
}

/** CloudTrail adapters (Terraform and CloudFormation). */
export const cloudtrailAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_cloudtrail'], produces: [AWS.cloudtrailTrail], adapt: tfTrail },
  { language: 'cloudformation', types: ['AWS::CloudTrail::Trail'], produces: [AWS.cloudtrailTrail], adapt: cfnTrail },
]
