import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { ConfigRaw } from '../../collect/aws/config.js'
import { normalizeConfig } from './config.js'
import { AWS, type ConfigRecordersAttributes } from './types.js'

const ok = <T>(value: T): CallResult<T> => ({ ok: true, value })
const denied: CallResult<never> = { ok: false, reason: 'AccessDeniedException: denied', code: 'AccessDeniedException' }
const scope = { account: '111122223333', region: 'ap-southeast-2', regions: ['ap-southeast-2'] }

const recorder = {
  name: 'default',
  roleARN: 'arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
  recordingGroup: {
    allSupported: true,
    includeGlobalResourceTypes: true,
    resourceTypes: [],
    exclusionByResourceTypes: { resourceTypes: [] },
    recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' as const },
  },
  recordingMode: { recordingFrequency: 'CONTINUOUS' as const },
}
const status = {
  name: 'default',
  lastStartTime: new Date('2024-03-01T12:00:00Z'),
  recording: true,
  lastStatus: 'Success' as const,
  lastStatusChangeTime: new Date('2024-06-01T00:00:00Z'),
}
const channel = {
  name: 'default',
  s3BucketName: 'config-bucket-111122223333',
  configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' as const },
}

describe('normalizeConfig', () => {
  const cases: { name: string; raw: ConfigRaw; expected: ConfigRecordersAttributes }[] = [
    {
      name: 'recording recorder with a delivery channel',
      raw: { recorders: ok([recorder]), statuses: ok([status]), deliveryChannels: ok([channel]) },
      expected: {
        recorders: [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true, recording: true, lastStatus: 'Success' }],
        deliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket-111122223333' }],
      },
    },
    {
      name: 'stopped recorder of selected types, no status entry',
      raw: {
        recorders: ok([{ name: 'partial', recordingGroup: { allSupported: false, resourceTypes: ['AWS::S3::Bucket' as const] } }]),
        statuses: ok([]),
        deliveryChannels: ok([]),
      },
      expected: {
        recorders: [{ name: 'partial', allSupported: false, includeGlobalResourceTypes: false, recording: false, lastStatus: null }],
        deliveryChannels: [],
      },
    },
    {
      name: 'Config never set up: empty lists (known absent)',
      raw: { recorders: ok([]), statuses: ok([]), deliveryChannels: ok([]) },
      expected: { recorders: [], deliveryChannels: [] },
    },
    {
      name: 'recorders denied → recorders Unknown',
      raw: { recorders: denied, statuses: ok([status]), deliveryChannels: ok([channel]) },
      expected: {
        recorders: unknown('config:DescribeConfigurationRecorders: AccessDeniedException: denied'),
        deliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket-111122223333' }],
      },
    },
    {
      name: 'status denied → recorders Unknown (recording state not seen)',
      raw: { recorders: ok([recorder]), statuses: denied, deliveryChannels: ok([channel]) },
      expected: {
        recorders: unknown('config:DescribeConfigurationRecorderStatus: AccessDeniedException: denied'),
        deliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket-111122223333' }],
      },
    },
    {
      name: 'delivery channels denied → deliveryChannels Unknown',
      raw: { recorders: ok([recorder]), statuses: ok([status]), deliveryChannels: denied },
      expected: {
        recorders: [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true, recording: true, lastStatus: 'Success' }],
        deliveryChannels: unknown('config:DescribeDeliveryChannels: AccessDeniedException: denied'),
      },
    },
  ]
  it.each(cases)('$name', ({ raw, expected }) => {
    const rs = normalizeConfig(raw, scope)
    expect(rs).toHaveLength(1)
    expect(rs[0]).toMatchObject({
      uid: 'aws:111122223333:ap-southeast-2:config-recorders',
      type: AWS.configRecorders,
      region: 'ap-southeast-2',
      account: '111122223333',
    })
    expect(rs[0]!.attributes).toEqual(expected)
  })
})
