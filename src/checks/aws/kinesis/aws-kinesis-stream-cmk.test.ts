import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { Resource } from '../../../core/resource.js'
import { AWS, type KinesisStreamAttributes, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import check from './aws-kinesis-stream-cmk.js'
import { stream } from './test-fixtures.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const key = (keyManager: 'AWS' | 'CUSTOMER') =>
  awsFixture<KmsKeyAttributes>(
    AWS.kmsKey,
    {
      keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      keyManager,
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      rotationEnabled: null,
      policy: null,
    },
    { uid: KEY },
  ) as Resource<unknown>

describe(check.id, () => {
  const failed = unknown('kinesis:DescribeStreamSummary: AccessDenied')
  const cases: { name: string; attrs: Partial<KinesisStreamAttributes>; others: Resource<unknown>[]; expected: string }[] = [
    { name: 'customer-managed key by ARN', attrs: { kmsKeyId: KEY }, others: [key('CUSTOMER')], expected: 'pass' },
    {
      name: 'key by id, found in the inventory',
      attrs: { kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      others: [key('CUSTOMER')],
      expected: 'pass',
    },
    { name: 'customer alias', attrs: { kmsKeyId: 'alias/clicks' }, others: [], expected: 'pass' },
    { name: 'alias/aws/kinesis', attrs: {}, others: [], expected: 'fail' },
    { name: 'AWS-managed key by ARN', attrs: { kmsKeyId: KEY }, others: [key('AWS')], expected: 'fail' },
    { name: 'key not in the inventory', attrs: { kmsKeyId: KEY }, others: [], expected: 'error' },
    { name: 'not collected', attrs: { encryptionType: failed, kmsKeyId: failed }, others: [], expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, others, expected }) => {
    const f = runCheck(check, stream(attrs), others)
    expect(f.status).toBe(expected)
    expect(f.message).toContain('clicks')
  })
})
