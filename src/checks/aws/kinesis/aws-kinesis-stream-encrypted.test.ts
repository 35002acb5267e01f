import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type KinesisStreamAttributes } from '../../../normalize/aws/types.js'
import check from './aws-kinesis-stream-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const stream = (attrs: Partial<KinesisStreamAttributes>) =>
  awsFixture<KinesisStreamAttributes>(AWS.kinesisStream, {
    streamName: 'clicks',
    encryptionType: 'NONE',
    kmsKeyId: null,
    retentionPeriodHours: 24,
    ...attrs,
  })

describe(check.id, () => {
  const failed = unknown('kinesis:DescribeStreamSummary: AccessDenied')
  const cases: { name: string; attrs: Partial<KinesisStreamAttributes>; expected: string }[] = [
    { name: 'KMS with the AWS-managed key', attrs: { encryptionType: 'KMS', kmsKeyId: 'alias/aws/kinesis' }, expected: 'pass' },
    { name: 'no encryption', attrs: {}, expected: 'fail' },
    { name: 'not collected', attrs: { encryptionType: failed, kmsKeyId: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stream(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('clicks')
  })
})
