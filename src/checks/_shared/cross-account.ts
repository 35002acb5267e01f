/**
 * "Shared outside the organization": which accounts a resource is shared with, and whether each belongs to the
 * scanned account's AWS Organization or to the accounts the user declared as trusted. Membership comes from the
 * Organizations collector (aws.organizations.organization) and the account resource's `trustedAccounts`; when
 * neither can tell, the verdict is ERROR with the reason — never PASS on a guess, never FAIL on a partner the
 * user may trust.
 */
import type { Resource } from '../../core/resource.js'
import { isUnknown, known, type Maybe } from '../../core/unknown.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import { settingUid, type PolicyDocument } from '../../normalize/aws/types.js'
import { accountGrants, statementLabel } from './iam-policy.js'

/** The attributes read from the organization resource (see types-management.ts). */
interface OrganizationView {
  organizationId: Maybe<string | null>
  accountIds: Maybe<string[]>
}

/** Accounts trusted for sharing, and whether organization membership is known. */
export interface Trust {
  trusted: ReadonlySet<string>
  /** Organization id when the account belongs to one and it is known. */
  organizationId: string | null
  /** Undefined when membership is known; otherwise why it is not. */
  unknownBecause?: string
}

/** Trust for `owner`: the account itself, the organization's members (when listed) and declared trusted accounts. */
export function trustOf(owner: string, ctx: CheckContext): Trust {
  const trusted = new Set<string>([owner])
  const account = ctx.inventory.get<{ trustedAccounts?: readonly string[] }>(settingUid(owner, 'global', 'account'))
  for (const a of account?.attributes.trustedAccounts ?? []) trusted.add(a)
  const org = ctx.inventory.get<OrganizationView>(settingUid(owner, 'global', 'organization'))
  if (!org) return { trusted, organizationId: null, unknownBecause: 'AWS Organizations membership was not collected' }
  const { organizationId, accountIds } = org.attributes
  if (isUnknown(organizationId)) return { trusted, organizationId: null, unknownBecause: organizationId.$unknown }
  if (organizationId === null) return { trusted, organizationId: null }
  if (isUnknown(accountIds)) return { trusted, organizationId, unknownBecause: `member accounts not listed (${accountIds.$unknown})` }
  for (const a of accountIds) trusted.add(a)
  return { trusted, organizationId }
}

const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:(?:organization|ou)\/(o-[a-z0-9]+)/

/**
 * Verdict for a resource shared with `grantees` (account ids, or organization/OU ARNs as AMI launch permissions
 * allow). `where` is appended to messages (e.g. ` in statement "Partner"`).
 */
export function sharedOutsideVerdict(
  grantees: readonly string[],
  owner: string,
  name: string,
  result: ResultBuilder,
  ctx: CheckContext,
  where = '',
): Verdict {
  const others = [...new Set(grantees)].filter((g) => g !== owner && g !== 'all')
  if (others.length === 0) return result.pass(`${capitalize(name)} is not shared with other accounts.`)
  const trust = trustOf(owner, ctx)
  const outside = others.filter((g) => {
    const org = ORG_ARN.exec(g)
    if (org) return trust.organizationId === null || org[1] !== trust.organizationId
    return !trust.trusted.has(g)
  })
  if (outside.length === 0)
    return result.pass(`${capitalize(name)} is shared only with accounts of the organization or declared trusted (${others.join(', ')}).`)
  if (!trust.unknownBecause)
    return result.fail(`${capitalize(name)} is shared with ${outside.join(', ')}, outside the organization and not declared trusted${where}.`)
  return result.error(
    `${capitalize(name)} is shared with ${outside.join(', ')}${where}, and whether they belong to the organization could not be determined ` +
      `(${trust.unknownBecause}); declare partner accounts under trustedAccounts in the configuration, or scan with organizations:ListAccounts.`,
  )
}

/** Verdict for a resource policy: Allow statements naming principals of accounts outside the organization. */
export function crossAccountPolicyVerdict(
  r: Resource<{ policy: Maybe<PolicyDocument | null> }>,
  name: string,
  result: ResultBuilder,
  ctx: CheckContext,
): Verdict {
  const policy = known(r.attributes.policy, `resource policy of ${name}`)
  if (policy === null) return result.pass(`No resource policy is set on ${name}, so it is not shared with other accounts.`)
  const grants = accountGrants(policy, r.account)
  const where = grants.length > 0 ? ` (${grants.map((g) => statementLabel(g.statement, g.index)).join(', ')})` : ''
  return sharedOutsideVerdict(
    grants.flatMap((g) => g.accounts),
    r.account,
    name,
    result,
    ctx,
    where,
  )
}

/** Verdict for a permission list such as a snapshot's createVolumePermission ('all' = public, left to the public check). */
export function sharedListVerdict(
  permissions: Maybe<readonly string[]>,
  owner: string,
  name: string,
  result: ResultBuilder,
  ctx: CheckContext,
): Verdict {
  return sharedOutsideVerdict(known(permissions, `sharing permissions of ${name}`), owner, name, result, ctx)
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
