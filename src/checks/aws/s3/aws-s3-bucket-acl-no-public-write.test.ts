import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-acl-no-public-write.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { AclGrant, PublicAccessBlock } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture, groupGrant, OWNER_GRANT, OWNER_ID } from '../../_shared/s3-fixtures.js'

describe(check.id, () => {
  const cases: {
    name: string
    grants: AclGrant[] | null
    bucketBlock?: PublicAccessBlock | null
    accountBlock?: Maybe<PublicAccessBlock | null>
    expected: 'pass' | 'fail' | 'error'
  }[] = [
    { name: 'WRITE to AllUsers', grants: [OWNER_GRANT, groupGrant('WRITE')], accountBlock: null, expected: 'fail' },
    { name: 'WRITE_ACP to AuthenticatedUsers', grants: [groupGrant('WRITE_ACP', true)], accountBlock: BLOCK_NONE, expected: 'fail' },
    { name: 'FULL_CONTROL to AuthenticatedUsers', grants: [groupGrant('FULL_CONTROL', true)], accountBlock: null, expected: 'fail' },
    { name: 'public WRITE ignored at bucket level', grants: [groupGrant('WRITE')], bucketBlock: BLOCK_ALL, expected: 'pass' },
    { name: 'public WRITE ignored at account level', grants: [groupGrant('WRITE')], accountBlock: BLOCK_ALL, expected: 'pass' },
    { name: 'READ to AllUsers is not write', grants: [groupGrant('READ')], expected: 'pass' },
    { name: 'owner-only ACL', grants: [OWNER_GRANT], expected: 'pass' },
    { name: 'ACL not collected', grants: null, expected: 'error' },
    {
      name: 'public WRITE, account block not collected',
      grants: [groupGrant('WRITE')],
      accountBlock: unknown('s3control:GetPublicAccessBlock: AccessDenied'),
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ grants, bucketBlock, accountBlock, expected }) => {
    const acl = grants === null ? unknown('s3:GetBucketAcl: AccessDenied') : { ownerId: OWNER_ID, grants }
    const others = accountBlock === undefined ? [] : [accountBlockFixture(accountBlock)]
    expect(runCheck(check, bucketFixture({ acl, publicAccessBlock: bucketBlock ?? null }), others).status).toBe(expected)
  })
})
