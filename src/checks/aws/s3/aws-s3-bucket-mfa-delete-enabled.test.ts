import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-mfa-delete-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { S3BucketAttributes } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { bucketFixture } from '../../_shared/s3-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; versioning: S3BucketAttributes['versioning']; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'versioning with MFA Delete', versioning: { status: 'Enabled', mfaDelete: true }, expected: 'pass' },
    { name: 'versioning without MFA Delete', versioning: { status: 'Enabled', mfaDelete: false }, expected: 'fail' },
    { name: 'no versioning', versioning: { status: 'Disabled', mfaDelete: false }, expected: 'fail' },
    { name: 'not collected', versioning: unknown('s3:GetBucketVersioning: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ versioning, expected }) => {
    expect(runCheck(check, bucketFixture({ versioning })).status).toBe(expected)
  })
})
