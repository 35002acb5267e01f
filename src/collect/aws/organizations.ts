import {
  OrganizationsClient,
  DescribeOrganizationCommand,
  paginateListAccounts,
  paginateListPolicies,
  paginateListTargetsForPolicy,
  type Organization,
  type PolicySummary,
} from '@aws-sdk/client-organizations'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { Organization, PolicySummary }

/** Raw Organizations data for the scanned account; null organization = the account is in no organization. */
export interface OrganizationsRaw {
  organization: CallResult<Organization | null>
  /** Member account ids; null when there is no organization to list. */
  accountIds: CallResult<string[]> | null
  /** SCPs with their target ids; null when there is no organization to list. */
  policies: CallResult<{ policy: PolicySummary; targets: CallResult<string[]> }[]> | null
}

/** Uid of the account's organization resource (must match the normalizer's settingUid). */
export function organizationUid(account: string): string {
  return `aws:${account}:global:organization`
}

/** FullAWSAccess is attached everywhere by default and allows everything (Organizations user guide, SCPs). */
const FULL_AWS_ACCESS_ID = 'p-FullAWSAccess'

/** Service control policies of the organization, with the targets of each one other than FullAWSAccess. */
async function collectPolicies(ctx: CollectContext, org: OrganizationsClient, uid: string): Promise<NonNullable<OrganizationsRaw['policies']>> {
  const list = await ctx.paginate(
    'ListPolicies',
    () => paginateListPolicies({ client: org }, { Filter: 'SERVICE_CONTROL_POLICY' }),
    (p) => p.Policies,
    { resource: uid },
  )
  if (!list.ok) return list
  const value = await mapLimit(list.value, 8, async (policy) => ({
    policy,
    targets:
      policy.Id === FULL_AWS_ACCESS_ID
        ? { ok: true as const, value: [] }
        : await ctx.paginate(
            'ListTargetsForPolicy',
            () => paginateListTargetsForPolicy({ client: org }, { PolicyId: policy.Id }),
            (p) => p.Targets?.map((t) => t.TargetId ?? '').filter(Boolean),
            { resource: policy.Arn ?? policy.Id },
          ),
  }))
  return { ok: true, value }
}

/**
 * The organization the scanned account belongs to. Member accounts may describe their organization but not list
 * its accounts or policies: those calls then fail and leave their attributes Unknown (ERROR, never PASS).
 */
export const organizationsCollector: AwsCollector<OrganizationsRaw> = {
  service: 'organizations',
  scope: 'global',
  produces: ['aws.organizations.organization'],
  async collect(ctx, session) {
    const org = session.client(OrganizationsClient, session.homeRegion)
    const uid = organizationUid(ctx.account)
    const organization = await ctx.call(
      'DescribeOrganization',
      async (abortSignal) => (await org.send(new DescribeOrganizationCommand({}), { abortSignal })).Organization ?? null,
      { resource: uid, absentOn: ['AWSOrganizationsNotInUseException'] },
    )
    if (!organization.ok || organization.value === null) return { organization, accountIds: null, policies: null }
    const [accountIds, policies] = await Promise.all([
      ctx.paginate(
        'ListAccounts',
        () => paginateListAccounts({ client: org }, {}),
        (p) => p.Accounts?.map((a) => a.Id ?? '').filter(Boolean),
        { resource: uid },
      ),
      collectPolicies(ctx, org, uid),
    ])
    return { organization, accountIds, policies }
  },
}
