import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes, type TrailAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudtrail-s3-bucket-access-logging-enabled.js'
import { trailFixture } from '../../_shared/logging-fixtures.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const bucket = (logging: S3BucketAttributes['logging']) =>
  awsFixture<S3BucketAttributes>(
    AWS.s3Bucket,
    {
      bucketName: 'trail-logs',
      creationDate: '2024-01-01T00:00:00.000Z',
      acl: { ownerId: 'owner', grants: [] },
      policy: null,
      publicAccessBlock: null,
      encryption: null,
      versioning: { status: 'Enabled', mfaDelete: false },
      logging,
      ownership: 'BucketOwnerEnforced',
    },
    { uid: 'arn:aws:s3:::trail-logs', name: 'trail-logs' },
  )

describe(check.id, () => {
  const cases: { name: string; trail?: Partial<TrailAttributes>; others: Resource[]; expected: string; says: string }[] = [
    {
      name: 'bucket logs access',
      others: [bucket({ targetBucket: 'access-logs', targetPrefix: 'trail/' })],
      expected: 'pass',
      says: 'logs access to access-logs/trail/',
    },
    {
      name: 'bucket logging off',
      others: [bucket(null)],
      expected: 'fail',
      says: 'Bucket trail-logs of trail main has server access logging turned off',
    },
    {
      name: 'bucket logging not collected',
      others: [bucket(unknown('s3:GetBucketLogging: AccessDenied'))],
      expected: 'error',
      says: 'GetBucketLogging',
    },
    { name: 'bucket in another account', others: [], expected: 'error', says: 'could not be seen' },
    { name: 'trail without bucket name', trail: { s3BucketName: null }, others: [], expected: 'error', says: 'names no S3 bucket' },
  ]
  it.each(cases)('$name → $expected', ({ trail, others, expected, says }) => {
    const f = runCheck(check, trailFixture(trail), others)
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
