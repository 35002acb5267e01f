import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-access-logging-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { S3BucketAttributes } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { bucketFixture } from '../../_shared/s3-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; logging: S3BucketAttributes['logging']; expected: 'pass' | 'fail' | 'error'; says: string }[] = [
    {
      name: 'logging on',
      logging: { targetBucket: 'example-logs', targetPrefix: 'example-data/' },
      expected: 'pass',
      says: 's3://example-logs/example-data/',
    },
    { name: 'logging off', logging: null, expected: 'fail', says: 'turned off' },
    { name: 'not collected', logging: unknown('s3:GetBucketLogging: AccessDenied'), expected: 'error', says: 'AccessDenied' },
  ]
  it.each(cases)('$name → $expected', ({ logging, expected, says }) => {
    const f = runCheck(check, bucketFixture({ logging }))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
