import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { CloudtrailRaw, TrailSelectorsRaw } from '../../collect/aws/cloudtrail.js'
import { normalizeCloudtrail, summarizeSelectors } from './cloudtrail.js'
import { AWS, type TrailEventSelectors } from './types.js'

type Trail = CloudtrailRaw['trails'][number]['trail']

const ok = <T>(value: T): CallResult<T> => ({ ok: true, value })
const denied: CallResult<never> = { ok: false, reason: 'AccessDeniedException: not authorized', code: 'AccessDeniedException' }
const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1', 'eu-west-1'] }
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

const mgmt = (m: TrailEventSelectors['managementEvents'], read = false, write = false): TrailEventSelectors => ({
  managementEvents: m,
  s3DataEventsAllBuckets: { read, write },
})

describe('summarizeSelectors', () => {
  const cases: { name: string; raw: TrailSelectorsRaw | null; expected: TrailEventSelectors }[] = [
    {
      name: 'no selectors at all: documented default (all management events)',
      raw: { EventSelectors: [], AdvancedEventSelectors: [] },
      expected: mgmt('All'),
    },
    {
      name: 'classic default selector',
      raw: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] },
      expected: mgmt('All'),
    },
    { name: 'classic fields omitted default to All / included', raw: { EventSelectors: [{}] }, expected: mgmt('All') },
    {
      name: 'classic read-only management',
      raw: { EventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }] },
      expected: mgmt('ReadOnly'),
    },
    {
      name: 'classic management events excluded',
      raw: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false }] },
      expected: mgmt('None'),
    },
    {
      name: 'classic read and write halves in two selectors',
      raw: { EventSelectors: [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }] },
      expected: mgmt('All'),
    },
    {
      name: 'classic S3 data events for all buckets (arn:aws:s3)',
      raw: {
        EventSelectors: [
          { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] },
        ],
      },
      expected: mgmt('All', true, true),
    },
    {
      name: 'classic S3 write data events for all buckets (arn:aws:s3:::)',
      raw: {
        EventSelectors: [
          { ReadWriteType: 'WriteOnly', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::'] }] },
        ],
      },
      expected: mgmt('None', false, true),
    },
    {
      name: 'classic S3 data events for one bucket only',
      raw: { EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::prod-data/'] }] }] },
      expected: mgmt('All'),
    },
    {
      name: 'classic Lambda data events are not S3',
      raw: { EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }] }] },
      expected: mgmt('All'),
    },
    {
      name: 'advanced: all management events and all S3 objects',
      raw: {
        AdvancedEventSelectors: [
          { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
          {
            Name: 'S3 objects',
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
            ],
          },
        ],
      },
      expected: mgmt('All', true, true),
    },
    {
      name: 'advanced: write-only management, read-only S3',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Management'] },
              { Field: 'readOnly', Equals: ['false'] },
            ],
          },
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'readOnly', Equals: ['true'] },
            ],
          },
        ],
      },
      expected: mgmt('WriteOnly', true, false),
    },
    {
      name: 'advanced: excluding KMS events still records management events',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Management'] },
              { Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] },
            ],
          },
        ],
      },
      expected: mgmt('All'),
    },
    {
      name: 'advanced: management events of one service only are not credited',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Management'] },
              { Field: 'eventSource', Equals: ['s3.amazonaws.com'] },
            ],
          },
        ],
      },
      expected: mgmt('None'),
    },
    {
      name: 'advanced: S3 objects under an all-buckets ARN prefix',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::'] },
            ],
          },
        ],
      },
      expected: mgmt('None', true, true),
    },
    {
      name: 'advanced: S3 objects of one bucket only',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::prod-data/'] },
            ],
          },
        ],
      },
      expected: mgmt('None'),
    },
    {
      name: 'advanced: S3 PutObject only is partial',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'eventName', Equals: ['PutObject'] },
            ],
          },
        ],
      },
      expected: mgmt('None'),
    },
    {
      name: 'advanced: DynamoDB data events are not S3',
      raw: {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::DynamoDB::Table'] },
            ],
          },
        ],
      },
      expected: mgmt('None'),
    },
  ]
  it.each(cases)('$name', ({ raw, expected }) => {
    expect(summarizeSelectors(raw)).toEqual(expected)
  })
})

const orgTrail: Trail = {
  Name: 'management-events',
  S3BucketName: 'aws-cloudtrail-logs-111122223333',
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: 'us-east-1',
  TrailARN: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/management-events',
  LogFileValidationEnabled: true,
  CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:aws-cloudtrail-logs:*',
  CloudWatchLogsRoleArn: 'arn:aws:iam::111122223333:role/CloudTrailRoleForCloudWatchLogs',
  KmsKeyId: KEY,
  HasCustomEventSelectors: false,
  IsOrganizationTrail: true,
}

const plainTrail: Trail = {
  Name: 'dev',
  S3BucketName: 'dev-trail-logs',
  IsMultiRegionTrail: false,
  HomeRegion: 'us-east-1',
  TrailARN: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/dev',
  LogFileValidationEnabled: false,
  IsOrganizationTrail: false,
}

describe('normalizeCloudtrail', () => {
  it('maps a fully configured trail with its relations', () => {
    const raw: CloudtrailRaw = {
      trails: [
        { trail: orgTrail, isLogging: ok(true), selectors: ok({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }) },
      ],
    }
    const [r] = normalizeCloudtrail(raw, scope)
    expect(r).toMatchObject({
      uid: orgTrail.TrailARN,
      type: AWS.cloudtrailTrail,
      region: 'us-east-1',
      name: 'management-events',
      relations: [
        { kind: 'logs-to-bucket', target: 'arn:aws:s3:::aws-cloudtrail-logs-111122223333' },
        { kind: 'uses-kms-key', target: KEY },
      ],
    })
    expect(r!.attributes).toEqual({
      name: 'management-events',
      homeRegion: 'us-east-1',
      isMultiRegion: true,
      isOrganizationTrail: true,
      logFileValidation: true,
      kmsKeyId: KEY,
      s3BucketName: 'aws-cloudtrail-logs-111122223333',
      cloudWatchLogsLogGroupArn: orgTrail.CloudWatchLogsLogGroupArn,
      isLogging: true,
      eventSelectors: mgmt('All'),
    })
  })

  const cases: {
    name: string
    isLogging: CloudtrailRaw['trails'][number]['isLogging']
    selectors: CloudtrailRaw['trails'][number]['selectors']
    expected: object
  }[] = [
    {
      name: 'stopped trail',
      isLogging: ok(false),
      selectors: ok({ EventSelectors: [{}] }),
      expected: { isLogging: false, eventSelectors: mgmt('All') },
    },
    {
      name: 'status denied → isLogging Unknown',
      isLogging: denied,
      selectors: ok({ EventSelectors: [{}] }),
      expected: { isLogging: unknown('cloudtrail:GetTrailStatus: AccessDeniedException: not authorized'), eventSelectors: mgmt('All') },
    },
    {
      name: 'selectors denied → eventSelectors Unknown',
      isLogging: ok(true),
      selectors: denied,
      expected: { isLogging: true, eventSelectors: unknown('cloudtrail:GetEventSelectors: AccessDeniedException: not authorized') },
    },
  ]
  it.each(cases)('$name', ({ isLogging, selectors, expected }) => {
    const [r] = normalizeCloudtrail({ trails: [{ trail: plainTrail, isLogging, selectors }] }, scope)
    expect(r!.attributes).toMatchObject({ kmsKeyId: null, cloudWatchLogsLogGroupArn: null, isMultiRegion: false, ...expected })
    expect(r!.relations).toEqual([{ kind: 'logs-to-bucket', target: 'arn:aws:s3:::dev-trail-logs' }])
  })
})
