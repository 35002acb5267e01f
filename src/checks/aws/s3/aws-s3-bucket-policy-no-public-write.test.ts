import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-policy-no-public-write.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { PolicyDocument, PublicAccessBlock } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture, policyOf } from '../../_shared/s3-fixtures.js'

const OBJECTS = 'arn:aws:s3:::example-data/*'
const BUCKET = 'arn:aws:s3:::example-data'
const publicPut = policyOf({ Sid: 'Uploads', Effect: 'Allow', Principal: '*', Action: ['s3:PutObject'], Resource: OBJECTS })

describe(check.id, () => {
  const cases: {
    name: string
    policy: Maybe<PolicyDocument | null>
    bucketBlock?: PublicAccessBlock | null
    accountBlock?: Maybe<PublicAccessBlock | null>
    expected: 'pass' | 'fail' | 'error'
  }[] = [
    { name: 'Principal * on s3:PutObject', policy: publicPut, accountBlock: null, expected: 'fail' },
    {
      name: 'AWS * on s3:DeleteObject',
      policy: policyOf({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 's3:DeleteObject', Resource: OBJECTS }),
      accountBlock: BLOCK_NONE,
      expected: 'fail',
    },
    {
      name: 'Principal * on s3:PutBucketPolicy',
      policy: policyOf({ Effect: 'Allow', Principal: '*', Action: 's3:PutBucketPolicy', Resource: BUCKET }),
      accountBlock: null,
      expected: 'fail',
    },
    {
      name: 'Principal * on *',
      policy: policyOf({ Effect: 'Allow', Principal: '*', Action: '*', Resource: [BUCKET, OBJECTS] }),
      accountBlock: null,
      expected: 'fail',
    },
    {
      name: 'public write with a condition that does not restrict (StringNotEquals)',
      policy: policyOf({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: OBJECTS,
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
      }),
      accountBlock: null,
      expected: 'fail',
    },
    { name: 'public write but RestrictPublicBuckets at account level', policy: publicPut, accountBlock: BLOCK_ALL, expected: 'pass' },
    { name: 'public read only', policy: policyOf({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: OBJECTS }), expected: 'pass' },
    {
      name: 'writes limited to the organization',
      policy: policyOf({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: OBJECTS,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
      expected: 'pass',
    },
    { name: 'deny-only policy', policy: policyOf({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: OBJECTS }), expected: 'pass' },
    { name: 'no bucket policy', policy: null, expected: 'pass' },
    { name: 'policy not collected', policy: unknown('s3:GetBucketPolicy: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, bucketBlock, accountBlock, expected }) => {
    const others = accountBlock === undefined ? [] : [accountBlockFixture(accountBlock)]
    expect(runCheck(check, bucketFixture({ policy, publicAccessBlock: bucketBlock ?? null }), others).status).toBe(expected)
  })
})
