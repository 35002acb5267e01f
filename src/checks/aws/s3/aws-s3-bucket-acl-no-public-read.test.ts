import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-acl-no-public-read.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { AclGrant, PublicAccessBlock } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture, groupGrant, OWNER_GRANT, OWNER_ID } from '../../_shared/s3-fixtures.js'

const ignoreOnly: PublicAccessBlock = { ...BLOCK_NONE, ignorePublicAcls: true }
const denied = unknown('s3control:GetPublicAccessBlock: AccessDenied')

describe(check.id, () => {
  const cases: {
    name: string
    grants: AclGrant[] | null
    bucketBlock?: Maybe<PublicAccessBlock | null>
    accountBlock?: Maybe<PublicAccessBlock | null>
    expected: 'pass' | 'fail' | 'error'
    says: string
  }[] = [
    { name: 'READ to AllUsers', grants: [OWNER_GRANT, groupGrant('READ')], accountBlock: null, expected: 'fail', says: 'READ to AllUsers' },
    {
      name: 'READ_ACP to AuthenticatedUsers',
      grants: [groupGrant('READ_ACP', true)],
      accountBlock: BLOCK_NONE,
      expected: 'fail',
      says: 'READ_ACP to AuthenticatedUsers',
    },
    { name: 'FULL_CONTROL to AllUsers', grants: [groupGrant('FULL_CONTROL')], accountBlock: null, expected: 'fail', says: 'FULL_CONTROL' },
    {
      name: 'public READ ignored at bucket level',
      grants: [groupGrant('READ')],
      bucketBlock: ignoreOnly,
      expected: 'pass',
      says: 'set at bucket level',
    },
    {
      name: 'public READ ignored at account level',
      grants: [groupGrant('READ')],
      accountBlock: BLOCK_ALL,
      expected: 'pass',
      says: 'set at account level',
    },
    {
      name: 'account level decides when bucket level is unknown',
      grants: [groupGrant('READ')],
      bucketBlock: denied,
      accountBlock: BLOCK_ALL,
      expected: 'pass',
      says: 'account level',
    },
    { name: 'owner-only ACL', grants: [OWNER_GRANT], expected: 'pass', says: 'no read permission' },
    { name: 'WRITE to AllUsers is not read', grants: [groupGrant('WRITE')], expected: 'pass', says: 'no read permission' },
    { name: 'ACL not collected', grants: null, expected: 'error', says: 'GetBucketAcl' },
    { name: 'public READ, account block not collected', grants: [groupGrant('READ')], accountBlock: denied, expected: 'error', says: 'AccessDenied' },
  ]
  it.each(cases)('$name → $expected', ({ grants, bucketBlock, accountBlock, expected, says }) => {
    const acl = grants === null ? unknown('s3:GetBucketAcl: AccessDenied') : { ownerId: OWNER_ID, grants }
    const others = accountBlock === undefined ? [] : [accountBlockFixture(accountBlock)]
    const f = runCheck(check, bucketFixture({ acl, publicAccessBlock: bucketBlock ?? null }), others)
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('is an error when the public ACL matters and the account setting is missing from the inventory', () => {
    expect(runCheck(check, bucketFixture({ acl: { ownerId: OWNER_ID, grants: [groupGrant('READ')] } })).status).toBe('error')
  })
})
