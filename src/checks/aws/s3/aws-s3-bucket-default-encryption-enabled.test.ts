import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-default-encryption-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { S3BucketAttributes } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { bucketFixture } from '../../_shared/s3-fixtures.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

describe(check.id, () => {
  const cases: { name: string; encryption: S3BucketAttributes['encryption']; expected: 'pass' | 'fail' | 'error'; says: string }[] = [
    { name: 'no configuration', encryption: null, expected: 'fail', says: 'no default encryption' },
    { name: 'SSE-S3', encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false }, expected: 'pass', says: 'AES256' },
    { name: 'SSE-KMS', encryption: { algorithm: 'aws:kms', kmsKeyId: KEY, bucketKeyEnabled: true }, expected: 'pass', says: KEY },
    { name: 'not collected', encryption: unknown('s3:GetBucketEncryption: AccessDenied'), expected: 'error', says: 'AccessDenied' },
  ]
  it.each(cases)('$name → $expected', ({ encryption, expected, says }) => {
    const f = runCheck(check, bucketFixture({ encryption }))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
