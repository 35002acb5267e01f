import { describe, expect, it } from 'vitest'
import check from './aws-iam-support-role-exists.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { ACCOUNT, role } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { CollectionError, Resource } from '../../../core/resource.js'
import { AWS, settingUid, type AccountAttributes } from '../../../normalize/aws/types.js'

const account = awsFixture<AccountAttributes>(
  AWS.account,
  { accountId: ACCOUNT, regions: ['us-east-1'], trustedAccounts: [] },
  { uid: settingUid(ACCOUNT, 'global', 'account'), name: ACCOUNT, region: 'global' },
)
const SUPPORT = { arn: 'arn:aws:iam::aws:policy/AWSSupportAccess', name: 'AWSSupportAccess' }
const OTHER = { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }
const listFailed: CollectionError = {
  provider: 'aws',
  account: ACCOUNT,
  service: 'iam',
  region: 'global',
  api: 'ListRoles',
  reason: 'AccessDenied',
  resourceTypes: [AWS.iamRole],
}

describe(check.id, () => {
  const cases: { name: string; roles: Resource<unknown>[]; errors?: CollectionError[]; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    {
      name: 'a support role',
      roles: [role({ roleName: 'ops' }), role({ roleName: 'support', attachedPolicies: [OTHER, SUPPORT] })],
      expected: 'pass',
      says: 'support',
    },
    {
      name: 'GovCloud partition ARN',
      roles: [role({ attachedPolicies: [{ ...SUPPORT, arn: 'arn:aws-us-gov:iam::aws:policy/AWSSupportAccess' }] })],
      expected: 'pass',
    },
    { name: 'roles without the policy', roles: [role({ attachedPolicies: [OTHER] })], expected: 'fail' },
    { name: 'no roles at all', roles: [], expected: 'fail' },
    {
      name: 'a same-named customer policy does not count',
      roles: [role({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/AWSSupportAccess`, name: 'AWSSupportAccess' }] })],
      expected: 'fail',
    },
    { name: 'role listing failed', roles: [role({ attachedPolicies: [SUPPORT] })], errors: [listFailed], expected: 'error', says: 'ListRoles' },
    {
      name: 'attachments unknown, no other match',
      roles: [role({ attachedPolicies: unknown('iam:ListAttachedRolePolicies: AccessDenied') })],
      expected: 'error',
    },
    {
      name: 'attachments unknown on one role, another has support',
      roles: [
        role({ roleName: 'x', attachedPolicies: unknown('iam:ListAttachedRolePolicies: AccessDenied') }),
        role({ roleName: 'support', attachedPolicies: [SUPPORT] }),
      ],
      expected: 'pass',
    },
    {
      name: 'roles of another account do not count',
      roles: [role({ attachedPolicies: [SUPPORT] })].map((r) => ({ ...r, account: '999999999999' })),
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ roles, errors, expected, says }) => {
    const f = runCheck(check, account, roles, errors)
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
