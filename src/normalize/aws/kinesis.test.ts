import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { KinesisRaw } from '../../collect/aws/kinesis.js'
import { normalizeKinesis } from './kinesis.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = 'arn:aws:kinesis:eu-west-1:111122223333:stream/clicks'
const summary = {
  StreamName: 'clicks',
  StreamARN: ARN,
  StreamStatus: 'ACTIVE' as const,
  RetentionPeriodHours: 168,
  StreamCreationTimestamp: new Date('2025-01-10T00:00:00Z'),
  EnhancedMonitoring: [],
  OpenShardCount: 1,
}

describe('normalizeKinesis', () => {
  it('a KMS-encrypted stream', () => {
    const raw: KinesisRaw = {
      streams: [{ name: 'clicks', arn: ARN, summary: { ok: true, value: { ...summary, EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } } }],
    }
    const [r] = normalizeKinesis(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.kinesisStream,
      attributes: { streamName: 'clicks', encryptionType: 'KMS', kmsKeyId: 'alias/aws/kinesis', retentionPeriodHours: 168 },
    })
  })

  it('an unencrypted stream listed by name only', () => {
    const raw: KinesisRaw = { streams: [{ name: 'clicks', arn: undefined, summary: { ok: true, value: { ...summary, EncryptionType: 'NONE' } } }] }
    expect(normalizeKinesis(raw, scope)[0]).toMatchObject({ uid: ARN, attributes: { encryptionType: 'NONE', kmsKeyId: null } })
  })

  it('a failed DescribeStreamSummary: uid from the name, settings Unknown', () => {
    const raw: KinesisRaw = { streams: [{ name: 'clicks', arn: undefined, summary: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] }
    const [r] = normalizeKinesis(raw, scope)
    expect(r!.uid).toBe(ARN)
    expect(isUnknown(r!.attributes.encryptionType)).toBe(true)
    expect(isUnknown(r!.attributes.retentionPeriodHours)).toBe(true)
  })
})
