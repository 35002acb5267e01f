import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { OrganizationsRaw } from '../../collect/aws/organizations.js'
import { AWS, settingUid, type OrganizationsOrganizationAttributes, type ServiceControlPolicy } from './types.js'
import { awsResource, maybe, type NormalizeScope } from './helpers.js'

/** Why SCPs may be unreadable: only the management account or a delegated administrator can list them. */
const SCP_HINT = 'service control policies can be listed only from the management account or a delegated administrator'

/** SCPs with their targets; null outside an organization, Unknown when ListPolicies failed. */
function policiesOf(raw: OrganizationsRaw): Maybe<ServiceControlPolicy[] | null> {
  if (raw.policies === null) return null
  if (!raw.policies.ok) return unknown(`organizations:ListPolicies: ${raw.policies.reason} (${SCP_HINT})`)
  return raw.policies.value.map(({ policy, targets }) => ({
    id: policy.Id ?? '',
    name: policy.Name ?? policy.Id ?? '',
    arn: policy.Arn ?? '',
    awsManaged: policy.AwsManaged === true,
    targets: maybe(targets, 'organizations:ListTargetsForPolicy'),
  }))
}

/**
 * Organizations raw data → one aws.organizations.organization per scanned account (always emitted). Outside an
 * organization every attribute is null ([] for accountIds); a failed DescribeOrganization leaves them all Unknown.
 */
export function normalizeOrganizations(raw: OrganizationsRaw, scope: NormalizeScope): Resource<OrganizationsOrganizationAttributes>[] {
  const org = raw.organization
  const failed = org.ok ? undefined : unknown(`organizations:DescribeOrganization: ${org.reason}`)
  const o = org.ok ? org.value : null
  const attributes: OrganizationsOrganizationAttributes = failed
    ? { organizationId: failed, managementAccountId: failed, accountIds: failed, featureSet: failed, serviceControlPolicies: failed }
    : {
        organizationId: o?.Id ?? null,
        managementAccountId: o?.MasterAccountId ?? null,
        accountIds: raw.accountIds === null ? [] : maybe(raw.accountIds, 'organizations:ListAccounts'),
        featureSet: o?.FeatureSet ?? null,
        serviceControlPolicies: policiesOf(raw),
      }
  return [
    awsResource<OrganizationsOrganizationAttributes>({
      uid: settingUid(scope.account, 'global', 'organization'),
      type: AWS.organizationsOrganization,
      account: scope.account,
      region: 'global',
      name: o?.Id ?? 'organization',
      attributes,
    }),
  ]
}
