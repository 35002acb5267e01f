import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { OrganizationsRaw } from '../../collect/aws/organizations.js'
import { normalizeOrganizations } from './organizations.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'global', regions: ['us-east-1'] }
// DescribeOrganization Organization and ListPolicies PolicySummary shapes (Organizations API reference).
const organization = {
  Id: 'o-a1b2c3d4e5',
  Arn: 'arn:aws:organizations::999988887777:organization/o-a1b2c3d4e5',
  FeatureSet: 'ALL' as const,
  MasterAccountArn: 'arn:aws:organizations::999988887777:account/o-a1b2c3d4e5/999988887777',
  MasterAccountId: '999988887777',
  MasterAccountEmail: 'aws-root@example.com',
}
const full = {
  Id: 'p-FullAWSAccess',
  Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
  Name: 'FullAWSAccess',
  Type: 'SERVICE_CONTROL_POLICY' as const,
  AwsManaged: true,
}
const guard = {
  Id: 'p-abcd1234',
  Arn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234',
  Name: 'deny-leave-org',
  Type: 'SERVICE_CONTROL_POLICY' as const,
  AwsManaged: false,
}
const denied = {
  ok: false as const,
  reason: "AccessDeniedException: You don't have permissions to access this resource.",
  code: 'AccessDeniedException',
}

describe('normalizeOrganizations', () => {
  it('from the management account: members and SCPs with targets', () => {
    const raw: OrganizationsRaw = {
      organization: { ok: true, value: organization },
      accountIds: { ok: true, value: ['999988887777', '111122223333'] },
      policies: {
        ok: true,
        value: [
          { policy: full, targets: { ok: true, value: [] } },
          { policy: guard, targets: { ok: true, value: ['r-ab12'] } },
        ],
      },
    }
    const [r] = normalizeOrganizations(raw, scope)
    expect(r).toMatchObject({
      uid: 'aws:111122223333:global:organization',
      type: AWS.organizationsOrganization,
      region: 'global',
      attributes: {
        organizationId: 'o-a1b2c3d4e5',
        managementAccountId: '999988887777',
        accountIds: ['999988887777', '111122223333'],
        featureSet: 'ALL',
        serviceControlPolicies: [
          { id: 'p-FullAWSAccess', awsManaged: true, targets: [] },
          { id: 'p-abcd1234', name: 'deny-leave-org', awsManaged: false, targets: ['r-ab12'] },
        ],
      },
    })
  })

  it('from a member account: accounts and SCPs Unknown with the reason', () => {
    const raw: OrganizationsRaw = { organization: { ok: true, value: organization }, accountIds: denied, policies: denied }
    const a = normalizeOrganizations(raw, scope)[0]!.attributes
    expect(a.organizationId).toBe('o-a1b2c3d4e5')
    expect(isUnknown(a.accountIds)).toBe(true)
    expect(JSON.stringify(a.serviceControlPolicies)).toContain('management account')
  })

  it('outside an organization: null / []', () => {
    const raw: OrganizationsRaw = { organization: { ok: true, value: null }, accountIds: null, policies: null }
    expect(normalizeOrganizations(raw, scope)[0]!.attributes).toEqual({
      organizationId: null,
      managementAccountId: null,
      accountIds: [],
      featureSet: null,
      serviceControlPolicies: null,
    })
  })

  it('DescribeOrganization failed: everything Unknown', () => {
    const a = normalizeOrganizations({ organization: denied, accountIds: null, policies: null }, scope)[0]!.attributes
    expect(Object.values(a).every(isUnknown)).toBe(true)
  })
})
