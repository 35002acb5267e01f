import type { Relation, Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { CloudtrailRaw, TrailSelectorsRaw } from '../../collect/aws/cloudtrail.js'
import { AWS, type TrailAttributes, type TrailEventSelectors } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

type EventSelector = NonNullable<TrailSelectorsRaw['EventSelectors']>[number]
type AdvancedEventSelector = NonNullable<TrailSelectorsRaw['AdvancedEventSelectors']>[number]
type AdvancedFieldSelector = NonNullable<AdvancedEventSelector['FieldSelectors']>[number]

/** Which halves of an event stream (read-only, write) a selector records. */
interface ReadWrite {
  read: boolean
  write: boolean
}

const NONE: ReadWrite = { read: false, write: false }
const BOTH: ReadWrite = { read: true, write: true }

/** 'arn:aws:s3' or 'arn:aws:s3:::' (any partition) select the objects of every bucket. */
const ALL_S3 = /^arn:[a-z-]+:s3(:::)?$/

const union = (a: ReadWrite, b: ReadWrite): ReadWrite => ({ read: a.read || b.read, write: a.write || b.write })

/** Classic selectors: ReadWriteType defaults to All and IncludeManagementEvents to true (API_EventSelector). */
function fromClassic(selectors: readonly EventSelector[]): { management: ReadWrite; s3: ReadWrite } {
  let management = NONE
  let s3 = NONE
  for (const s of selectors) {
    const type = s.ReadWriteType ?? 'All'
    const rw = { read: type !== 'WriteOnly', write: type !== 'ReadOnly' }
    // ExcludeManagementEventSources (KMS, RDS Data API) narrows, but does not turn off, management events.
    if (s.IncludeManagementEvents ?? true) management = union(management, rw)
    const allBuckets = (s.DataResources ?? []).some((d) => d.Type === 'AWS::S3::Object' && (d.Values ?? []).some((v) => ALL_S3.test(v)))
    if (allBuckets) s3 = union(s3, rw)
  }
  return { management, s3 }
}

/** True when a field selector only has Equals, and Equals contains `value`. */
function equalsOnly(f: AdvancedFieldSelector | undefined, value: string): boolean {
  return !!f && !!f.Equals?.includes(value) && !f.StartsWith && !f.EndsWith && !f.NotEquals && !f.NotStartsWith && !f.NotEndsWith
}

/** The readOnly field selects read-only events ('true'), writes ('false'), or both when absent. */
function readOnlyOf(f: AdvancedFieldSelector | undefined): ReadWrite {
  if (!f) return BOTH
  if (f.StartsWith || f.EndsWith || f.NotStartsWith || f.NotEndsWith) return NONE
  const allowed = (v: string): boolean => (f.Equals ? f.Equals.includes(v) : true) && !(f.NotEquals ?? []).includes(v)
  return { read: allowed('true'), write: allowed('false') }
}

/** An S3 resources.ARN selector that still matches every object: absent, or only StartsWith an all-buckets prefix. */
function allS3Arns(f: AdvancedFieldSelector | undefined): boolean {
  if (!f) return true
  const onlyStartsWith = !f.Equals && !f.EndsWith && !f.NotEquals && !f.NotStartsWith && !f.NotEndsWith
  return onlyStartsWith && (f.StartsWith ?? []).some((p) => ALL_S3.test(p))
}

/**
 * One advanced selector: all its field selectors must match (AND). A selector is only credited when it is
 * certain to cover everything: extra fields (eventName, eventSource Equals, ...) make it partial, so it counts
 * for nothing (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedEventSelector.html).
 */
function fromAdvancedOne(sel: AdvancedEventSelector): { management: ReadWrite; s3: ReadWrite } {
  const fields = new Map((sel.FieldSelectors ?? []).map((f) => [f.Field ?? '', f]))
  const rw = readOnlyOf(fields.get('readOnly'))
  const category = fields.get('eventCategory')
  if (equalsOnly(category, 'Management')) {
    const source = fields.get('eventSource')
    // Excluding sources (NotEquals) narrows like ExcludeManagementEventSources; selecting sources makes it partial.
    const sourceOk = !source || (!!source.NotEquals && !source.Equals && !source.StartsWith && !source.EndsWith)
    const others = [...fields.keys()].filter((k) => !['eventCategory', 'readOnly', 'eventSource'].includes(k))
    return { management: sourceOk && others.length === 0 ? rw : NONE, s3: NONE }
  }
  if (equalsOnly(category, 'Data') && equalsOnly(fields.get('resources.type'), 'AWS::S3::Object')) {
    const others = [...fields.keys()].filter((k) => !['eventCategory', 'readOnly', 'resources.type', 'resources.ARN'].includes(k))
    return { management: NONE, s3: others.length === 0 && allS3Arns(fields.get('resources.ARN')) ? rw : NONE }
  }
  return { management: NONE, s3: NONE }
}

/** Management-event coverage as the contract's four values. */
function managementOf(rw: ReadWrite): TrailEventSelectors['managementEvents'] {
  if (rw.read && rw.write) return 'All'
  if (rw.read) return 'ReadOnly'
  return rw.write ? 'WriteOnly' : 'None'
}

/** Summarizes classic and advanced event selectors into management-event and all-bucket S3 data-event coverage. */
export function summarizeSelectors(raw: TrailSelectorsRaw | null): TrailEventSelectors {
  const classic = raw?.EventSelectors ?? []
  const advanced = raw?.AdvancedEventSelectors ?? []
  // A trail with no selectors at all logs all read and write management events and no data events (API_EventSelector).
  if (classic.length === 0 && advanced.length === 0) return { managementEvents: 'All', s3DataEventsAllBuckets: { read: false, write: false } }
  let { management, s3 } = fromClassic(classic)
  for (const sel of advanced) {
    const one = fromAdvancedOne(sel)
    management = union(management, one.management)
    s3 = union(s3, one.s3)
  }
  return { managementEvents: managementOf(management), s3DataEventsAllBuckets: s3 }
}

/** CloudTrail raw data → aws.cloudtrail.trail, placed in its home region. */
export function normalizeCloudtrail(raw: CloudtrailRaw, scope: NormalizeScope): Resource<TrailAttributes>[] {
  return raw.trails.map(({ trail: t, isLogging, selectors }) => {
    const relations: Relation[] = []
    if (t.S3BucketName) relations.push({ kind: 'logs-to-bucket', target: `arn:aws:s3:::${t.S3BucketName}` })
    // KmsKeyId is documented as a fully specified key ARN (API_Trail).
    if (t.KmsKeyId) relations.push({ kind: 'uses-kms-key', target: t.KmsKeyId })
    return awsResource<TrailAttributes>({
      uid: t.TrailARN ?? `arn:aws:cloudtrail:${scope.region}:${scope.account}:trail/${t.Name}`,
      type: AWS.cloudtrailTrail,
      account: scope.account,
      region: t.HomeRegion ?? scope.region,
      name: t.Name ?? '',
      relations,
      attributes: {
        name: t.Name ?? '',
        homeRegion: t.HomeRegion ?? scope.region,
        isMultiRegion: t.IsMultiRegionTrail ?? false,
        isOrganizationTrail: t.IsOrganizationTrail ?? false,
        logFileValidation: t.LogFileValidationEnabled ?? false,
        kmsKeyId: t.KmsKeyId ?? null,
        s3BucketName: t.S3BucketName ?? null,
        cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn ?? null,
        isLogging: isLogging.ok ? isLogging.value === true : unknown(`cloudtrail:GetTrailStatus: ${isLogging.reason}`),
        eventSelectors: selectors.ok ? summarizeSelectors(selectors.value) : unknown(`cloudtrail:GetEventSelectors: ${selectors.reason}`),
      },
    })
  })
}
