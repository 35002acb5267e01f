import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { OrganizationsOrganizationAttributes } from '../../../normalize/aws/types.js'
import check from './aws-organizations-all-features-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { organizationFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const failed = unknown('organizations:DescribeOrganization: AccessDenied')
  const cases: { name: string; attrs: Partial<OrganizationsOrganizationAttributes>; expected: string }[] = [
    { name: 'ALL', attrs: {}, expected: 'pass' },
    { name: 'CONSOLIDATED_BILLING', attrs: { featureSet: 'CONSOLIDATED_BILLING' }, expected: 'fail' },
    { name: 'not collected', attrs: { organizationId: failed, featureSet: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, organizationFixture(attrs)).status).toBe(expected)
  })

  it('does not apply outside an organization', () => {
    expect(() => runCheck(check, organizationFixture({ organizationId: null, featureSet: null }))).toThrow(/got 0/)
  })
})
