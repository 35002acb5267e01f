import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { OrganizationsOrganizationAttributes } from '../../../normalize/aws/types.js'
import check from './aws-organizations-account-in-organization.js'
import { runCheck } from '../../_shared/testing.js'
import { organizationFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<OrganizationsOrganizationAttributes>; expected: string }[] = [
    { name: 'member of an organization', attrs: {}, expected: 'pass' },
    { name: 'standalone account', attrs: { organizationId: null }, expected: 'fail' },
    {
      name: 'DescribeOrganization failed',
      attrs: { organizationId: unknown('organizations:DescribeOrganization: AccessDenied') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, organizationFixture(attrs)).status).toBe(expected)
  })
})
