import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { OrganizationsOrganizationAttributes, ServiceControlPolicy } from '../../../normalize/aws/types.js'
import check from './aws-organizations-scps-attached.js'
import { runCheck } from '../../_shared/testing.js'
import { organizationFixture } from '../backup/management-fixtures.js'

const full: ServiceControlPolicy = {
  id: 'p-FullAWSAccess',
  name: 'FullAWSAccess',
  arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
  awsManaged: true,
  targets: [],
}
const custom = (targets: ServiceControlPolicy['targets']): ServiceControlPolicy => ({
  id: 'p-abcd1234',
  name: 'deny-leave-org',
  arn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234',
  awsManaged: false,
  targets,
})

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<OrganizationsOrganizationAttributes>; expected: string }[] = [
    { name: 'custom SCP attached to the root', attrs: {}, expected: 'pass' },
    { name: 'only FullAWSAccess', attrs: { serviceControlPolicies: [full] }, expected: 'fail' },
    { name: 'custom SCP attached nowhere', attrs: { serviceControlPolicies: [full, custom([])] }, expected: 'fail' },
    { name: 'custom SCP with unreadable targets', attrs: { serviceControlPolicies: [full, custom(unknown('AccessDenied'))] }, expected: 'error' },
    {
      name: 'member account cannot list SCPs',
      attrs: { serviceControlPolicies: unknown('organizations:ListPolicies: AccessDeniedException (only the management account)') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, organizationFixture(attrs)).status).toBe(expected)
  })

  it('does not apply outside an organization', () => {
    expect(() => runCheck(check, organizationFixture({ organizationId: null, serviceControlPolicies: null }))).toThrow(/got 0/)
  })
})
