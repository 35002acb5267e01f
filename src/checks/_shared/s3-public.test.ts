import { describe, expect, it } from 'vitest'
import { Inventory } from '../../core/inventory.js'
import type { Resource } from '../../core/resource.js'
import { NotCollectedError, unknown } from '../../core/unknown.js'
import { RESULT } from '../../evaluate/define-check.js'
import type { S3BucketAttributes } from '../../normalize/aws/types.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture, groupGrant, OWNER_GRANT, OWNER_ID, policyOf } from './s3-fixtures.js'
import { publicAclVerdict, publicPolicyVerdict, type S3Access } from './s3-public.js'
import { TEST_NOW } from './testing.js'

const ctx = (...others: Resource[]) => ({ inventory: new Inventory(others), now: TEST_NOW })
const withGrants = (...grants: ReturnType<typeof groupGrant>[]) => bucketFixture({ acl: { ownerId: OWNER_ID, grants: [OWNER_GRANT, ...grants] } })
const publicPolicy = (action: string) =>
  bucketFixture({ policy: policyOf({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: action, Resource: 'arn:aws:s3:::example-data/*' }) })

describe('publicAclVerdict', () => {
  const cases: { name: string; bucket: Resource<S3BucketAttributes>; access: S3Access; others?: Resource[]; expected: string; message: string }[] = [
    {
      name: 'owner-only ACL, read',
      bucket: withGrants(),
      access: 'read',
      expected: 'pass',
      message: 'The ACL of example-data grants no read permission to AllUsers or AuthenticatedUsers.',
    },
    {
      name: 'READ to AllUsers is not write',
      bucket: withGrants(groupGrant('READ')),
      access: 'write',
      expected: 'pass',
      message: 'The ACL of example-data grants no write permission to AllUsers or AuthenticatedUsers.',
    },
    {
      name: 'public WRITE, no block',
      bucket: withGrants(groupGrant('WRITE')),
      access: 'write',
      others: [accountBlockFixture(BLOCK_NONE)],
      expected: 'fail',
      message: 'The ACL of example-data grants WRITE to AllUsers, and IgnorePublicAcls is off at bucket and account level.',
    },
    {
      name: 'public READ ignored at account level',
      bucket: withGrants(groupGrant('READ')),
      access: 'read',
      others: [accountBlockFixture(BLOCK_ALL)],
      expected: 'pass',
      message: 'The ACL of example-data grants READ to AllUsers, but S3 does not honour it because IgnorePublicAcls (set at account level) is on.',
    },
  ]
  it.each(cases)('$name → $expected', ({ bucket, access, others = [], expected, message }) => {
    expect(publicAclVerdict(bucket, access, RESULT, ctx(...others))).toEqual({ status: expected, message })
  })

  it('throws NotCollectedError when the ACL was not collected', () => {
    const bucket = bucketFixture({ acl: unknown('s3:GetBucketAcl: AccessDenied') })
    expect(() => publicAclVerdict(bucket, 'read', RESULT, ctx())).toThrow(NotCollectedError)
  })
})

describe('publicPolicyVerdict', () => {
  const cases: { name: string; bucket: Resource<S3BucketAttributes>; access: S3Access; others?: Resource[]; expected: string; message: string }[] = [
    { name: 'no policy', bucket: bucketFixture(), access: 'read', expected: 'pass', message: 'Bucket example-data has no bucket policy.' },
    {
      name: 'public GetObject is not a write',
      bucket: publicPolicy('s3:GetObject'),
      access: 'write',
      expected: 'pass',
      message: 'No statement of the policy of example-data allows public write, delete or permission changes.',
    },
    {
      name: 'public PutObject is not a read',
      bucket: publicPolicy('s3:PutObject'),
      access: 'read',
      expected: 'pass',
      message: 'No statement of the policy of example-data allows public read or list access.',
    },
    {
      name: 'public GetObject, no block',
      bucket: publicPolicy('s3:GetObject'),
      access: 'read',
      others: [accountBlockFixture(BLOCK_NONE)],
      expected: 'fail',
      message: 'The policy of example-data allows anyone to read or list it in statement "Open", and RestrictPublicBuckets is off.',
    },
    {
      name: 'public PutObject, no block',
      bucket: publicPolicy('s3:PutObject'),
      access: 'write',
      others: [accountBlockFixture(BLOCK_NONE)],
      expected: 'fail',
      message: 'The policy of example-data allows anyone to write to it in statement "Open", and RestrictPublicBuckets is off.',
    },
    {
      name: 'public PutObject, restricted at account level',
      bucket: publicPolicy('s3:PutObject'),
      access: 'write',
      others: [accountBlockFixture(BLOCK_ALL)],
      expected: 'pass',
      message:
        'The policy of example-data allows public writes in statement "Open", but RestrictPublicBuckets (set at account level) blocks public access.',
    },
  ]
  it.each(cases)('$name → $expected', ({ bucket, access, others = [], expected, message }) => {
    expect(publicPolicyVerdict(bucket, access, RESULT, ctx(...others))).toEqual({ status: expected, message })
  })

  it('throws NotCollectedError when a public statement meets an uncollected account block', () => {
    const others = [accountBlockFixture(unknown('s3control:GetPublicAccessBlock: AccessDenied'))]
    expect(() => publicPolicyVerdict(publicPolicy('s3:GetObject'), 'read', RESULT, ctx(...others))).toThrow(NotCollectedError)
  })
})
