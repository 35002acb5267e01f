import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-acls-disabled.js'
import { unknown } from '../../../core/unknown.js'
import type { S3BucketAttributes } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { bucketFixture } from '../../_shared/s3-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; ownership: S3BucketAttributes['ownership']; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'BucketOwnerEnforced', ownership: 'BucketOwnerEnforced', expected: 'pass' },
    { name: 'BucketOwnerPreferred', ownership: 'BucketOwnerPreferred', expected: 'fail' },
    { name: 'ObjectWriter', ownership: 'ObjectWriter', expected: 'fail' },
    { name: 'no ownership controls', ownership: null, expected: 'fail' },
    { name: 'not collected', ownership: unknown('s3:GetBucketOwnershipControls: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ ownership, expected }) => {
    expect(runCheck(check, bucketFixture({ ownership })).status).toBe(expected)
  })
})
