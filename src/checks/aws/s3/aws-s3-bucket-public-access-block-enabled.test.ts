import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-public-access-block-enabled.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { PublicAccessBlock } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture } from '../../_shared/s3-fixtures.js'

const denied = unknown('s3:GetPublicAccessBlock: AccessDenied')
const aclsOnly: PublicAccessBlock = { ...BLOCK_NONE, blockPublicAcls: true, ignorePublicAcls: true }
const policyOnly: PublicAccessBlock = { ...BLOCK_NONE, blockPublicPolicy: true, restrictPublicBuckets: true }

describe(check.id, () => {
  const cases: {
    name: string
    bucketBlock: Maybe<PublicAccessBlock | null>
    accountBlock?: Maybe<PublicAccessBlock | null>
    expected: 'pass' | 'fail' | 'error'
    says: string
  }[] = [
    {
      name: 'nothing configured',
      bucketBlock: null,
      accountBlock: null,
      expected: 'fail',
      says: 'BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets',
    },
    {
      name: 'only ACL switches on the bucket',
      bucketBlock: aclsOnly,
      accountBlock: null,
      expected: 'fail',
      says: 'not covered by BlockPublicPolicy, RestrictPublicBuckets',
    },
    { name: 'all four on the bucket', bucketBlock: BLOCK_ALL, expected: 'pass', says: 'set at bucket level' },
    { name: 'all four on the account', bucketBlock: null, accountBlock: BLOCK_ALL, expected: 'pass', says: 'set at account level' },
    { name: 'split between bucket and account', bucketBlock: aclsOnly, accountBlock: policyOnly, expected: 'pass', says: 'bucket and account' },
    { name: 'bucket setting unknown, account covers all', bucketBlock: denied, accountBlock: BLOCK_ALL, expected: 'pass', says: 'account level' },
    { name: 'bucket setting unknown, account partial', bucketBlock: denied, accountBlock: aclsOnly, expected: 'error', says: 'AccessDenied' },
    {
      name: 'account setting unknown, bucket partial',
      bucketBlock: aclsOnly,
      accountBlock: unknown('s3control:GetPublicAccessBlock: AccessDenied'),
      expected: 'error',
      says: 's3control',
    },
    {
      name: 'bucket unknown, account has policy switches off',
      bucketBlock: denied,
      accountBlock: BLOCK_NONE,
      expected: 'error',
      says: 'AccessDenied',
    },
    {
      name: 'account unknown, bucket has nothing',
      bucketBlock: null,
      accountBlock: unknown('s3control:GetPublicAccessBlock: AccessDenied'),
      expected: 'error',
      says: 's3control',
    },
    { name: 'account setting missing from the inventory', bucketBlock: aclsOnly, expected: 'error', says: 'not in the inventory' },
  ]
  it.each(cases)('$name → $expected', ({ bucketBlock, accountBlock, expected, says }) => {
    const others = accountBlock === undefined ? [] : [accountBlockFixture(accountBlock)]
    const f = runCheck(check, bucketFixture({ publicAccessBlock: bucketBlock }), others)
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('is an error when listing the account setting failed', () => {
    const gap = {
      provider: 'aws' as const,
      account: '111122223333',
      service: 's3control',
      region: 'global',
      api: 'GetPublicAccessBlock',
      reason: 'AccessDenied',
      resourceTypes: ['aws.s3.account-public-access-block'],
    }
    expect(runCheck(check, bucketFixture({ publicAccessBlock: aclsOnly }), [], [gap]).status).toBe('error')
  })
})
