import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import type { SsmDocumentAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ssm-document-not-shared-outside-organization.js'
import { runCheck } from '../../_shared/testing.js'
import { documentFixture, organizationFixture } from '../backup/management-fixtures.js'

const org = organizationFixture() as Resource<unknown>
const noOrg = organizationFixture({ organizationId: null, managementAccountId: null, accountIds: [], featureSet: null, serviceControlPolicies: null })
const unlisted = organizationFixture({ accountIds: unknown('organizations:ListAccounts: AccessDeniedException') })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SsmDocumentAttributes>; others: Resource<unknown>[]; expected: string }[] = [
    { name: 'not shared', attrs: {}, others: [org], expected: 'pass' },
    { name: 'shared with an organization account', attrs: { sharedWith: ['999988887777'] }, others: [org], expected: 'pass' },
    { name: 'shared with an outside account', attrs: { sharedWith: ['444455556666'] }, others: [org], expected: 'fail' },
    { name: 'shared while in no organization', attrs: { sharedWith: ['444455556666'] }, others: [noOrg], expected: 'fail' },
    { name: 'members not listable', attrs: { sharedWith: ['444455556666'] }, others: [unlisted], expected: 'error' },
    {
      name: 'permissions not collected',
      attrs: { sharedWith: unknown('ssm:DescribeDocumentPermission: AccessDenied') },
      others: [org],
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, others, expected }) => {
    expect(runCheck(check, documentFixture(attrs), others).status).toBe(expected)
  })
})
