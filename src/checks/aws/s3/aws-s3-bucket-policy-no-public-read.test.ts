import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-policy-no-public-read.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { PolicyDocument, PublicAccessBlock } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture, policyOf } from '../../_shared/s3-fixtures.js'

const OBJECTS = 'arn:aws:s3:::example-data/*'
const publicGet = policyOf({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: OBJECTS })

describe(check.id, () => {
  const cases: {
    name: string
    policy: Maybe<PolicyDocument | null>
    bucketBlock?: PublicAccessBlock | null
    accountBlock?: Maybe<PublicAccessBlock | null>
    expected: 'pass' | 'fail' | 'error'
    says?: string
  }[] = [
    { name: 'Principal * on s3:GetObject', policy: publicGet, accountBlock: null, expected: 'fail', says: 'statement "PublicRead"' },
    {
      name: 'AWS * on s3:* (unnamed statement)',
      policy: policyOf({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['s3:*'], Resource: [OBJECTS, 'arn:aws:s3:::example-data'] }),
      accountBlock: BLOCK_NONE,
      expected: 'fail',
      says: 'statement #1',
    },
    {
      name: 'wildcard s3:List* covers ListBucket',
      policy: policyOf({ Effect: 'Allow', Principal: '*', Action: 's3:List*', Resource: '*' }),
      accountBlock: null,
      expected: 'fail',
    },
    {
      name: 'public but RestrictPublicBuckets at bucket level',
      policy: publicGet,
      bucketBlock: { ...BLOCK_NONE, restrictPublicBuckets: true },
      expected: 'pass',
      says: 'set at bucket level',
    },
    {
      name: 'public but RestrictPublicBuckets at account level',
      policy: publicGet,
      accountBlock: BLOCK_ALL,
      expected: 'pass',
      says: 'set at account level',
    },
    { name: 'no bucket policy', policy: null, expected: 'pass', says: 'no bucket policy' },
    {
      name: 'public read limited to a VPC endpoint',
      policy: policyOf({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: OBJECTS,
        Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } },
      }),
      expected: 'pass',
    },
    {
      name: 'read granted to one account',
      policy: policyOf({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:GetObject', Resource: OBJECTS }),
      expected: 'pass',
    },
    { name: 'public write only', policy: policyOf({ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: OBJECTS }), expected: 'pass' },
    { name: 'policy not collected', policy: unknown('s3:GetBucketPolicy: AccessDenied'), expected: 'error', says: 'AccessDenied' },
    {
      name: 'public, account block not collected',
      policy: publicGet,
      accountBlock: unknown('s3control:GetPublicAccessBlock: AccessDenied'),
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ policy, bucketBlock, accountBlock, expected, says }) => {
    const others = accountBlock === undefined ? [] : [accountBlockFixture(accountBlock)]
    const f = runCheck(check, bucketFixture({ policy, publicAccessBlock: bucketBlock ?? null }), others)
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
