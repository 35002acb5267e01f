/** Shared test tables for "not shared outside the organization" checks (policy-based and permission-list-based). */
import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { Check } from '../../evaluate/define-check.js'
import { settingUid, type PolicyDocument, type PolicyStatement } from '../../normalize/aws/types.js'
import { awsFixture, runCheck } from './testing.js'

const OWNER = '111122223333'
const MEMBER = '222233334444'
const PARTNER = '444455556666'

type Org = { organizationId: Maybe<string | null>; accountIds: Maybe<string[]> }

/** The organization resource as the Organizations normalizer emits it. */
function organization(org: Org): Resource {
  return awsFixture(
    'aws.organizations.organization',
    { ...org, managementAccountId: MEMBER, featureSet: 'ALL' },
    {
      uid: settingUid(OWNER, 'global', 'organization'),
      region: 'global',
    },
  )
}

/** The account resource with accounts declared trusted in the configuration. */
function accountWithTrusted(trustedAccounts: string[]): Resource {
  return awsFixture('aws.account', { accountId: OWNER, trustedAccounts }, { uid: settingUid(OWNER, 'global', 'account'), region: 'global' })
}

const IN_ORG: Org = { organizationId: 'o-a1b2c3d4e5', accountIds: [OWNER, MEMBER] }
const NO_ORG: Org = { organizationId: null, accountIds: [] }
const ORG_UNLISTED: Org = { organizationId: 'o-a1b2c3d4e5', accountIds: unknown('organizations:ListAccounts: AccessDenied') }

interface Case<G> {
  name: string
  grant: G
  context: Resource[]
  expected: 'pass' | 'fail' | 'error'
}

function run<A, G>(check: Check<A>, fixture: (grant: G) => Resource<A>, cases: Case<G>[]): void {
  describe(check.id, () => {
    it.each(cases)('$name → $expected', ({ grant, context, expected }) => {
      expect(runCheck(check, fixture(grant), context).status).toBe(expected)
    })
  })
}

/** Cases for a resource-policy check: `fixture` builds the resource around a policy. */
export function describeCrossAccountPolicyCheck<A extends { policy: Maybe<PolicyDocument | null> }>(
  check: Check<A>,
  spec: { resource: string; action: string; fixture: (policy: Maybe<PolicyDocument | null>) => Resource<A> },
): void {
  const grant = (principal: PolicyStatement['Principal'], extra: Partial<PolicyStatement> = {}): PolicyDocument => ({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Share', Effect: 'Allow', Principal: principal, Action: spec.action, Resource: spec.resource, ...extra }],
  })
  const to = (account: string) => grant({ AWS: `arn:aws:iam::${account}:root` })
  run(check, spec.fixture, [
    { name: 'no policy', grant: null, context: [organization(IN_ORG)], expected: 'pass' },
    { name: 'own account only', grant: to(OWNER), context: [organization(IN_ORG)], expected: 'pass' },
    { name: 'organization member', grant: to(MEMBER), context: [organization(IN_ORG)], expected: 'pass' },
    { name: 'account outside the organization', grant: to(PARTNER), context: [organization(IN_ORG)], expected: 'fail' },
    {
      name: 'role of an outside account',
      grant: grant({ AWS: [`arn:aws:iam::${PARTNER}:role/reader`] }),
      context: [organization(IN_ORG)],
      expected: 'fail',
    },
    { name: 'bare account id outside, no organization', grant: grant({ AWS: PARTNER }), context: [organization(NO_ORG)], expected: 'fail' },
    {
      name: 'outside account declared trusted',
      grant: to(PARTNER),
      context: [organization(IN_ORG), accountWithTrusted([PARTNER])],
      expected: 'pass',
    },
    {
      name: 'outside account limited by aws:PrincipalOrgID',
      grant: grant({ AWS: `arn:aws:iam::${PARTNER}:root` }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }),
      context: [organization(IN_ORG)],
      expected: 'pass',
    },
    { name: 'outside account but Deny', grant: grant({ AWS: PARTNER }, { Effect: 'Deny' }), context: [organization(IN_ORG)], expected: 'pass' },
    { name: 'membership unknown (accounts not listed)', grant: to(PARTNER), context: [organization(ORG_UNLISTED)], expected: 'error' },
    { name: 'membership unknown (Organizations not collected)', grant: to(PARTNER), context: [], expected: 'error' },
    { name: 'policy not collected', grant: unknown('AccessDenied'), context: [organization(IN_ORG)], expected: 'error' },
  ])
}

/** Cases for a permission-list check (snapshot/AMI sharing): `fixture` builds the resource around the list. */
export function describeSharedListCheck<A>(check: Check<A>, spec: { fixture: (permissions: Maybe<string[]>) => Resource<A> }): void {
  run(check, spec.fixture, [
    { name: 'not shared', grant: [], context: [organization(IN_ORG)], expected: 'pass' },
    { name: 'public only (left to the public check)', grant: ['all'], context: [organization(IN_ORG)], expected: 'pass' },
    { name: 'organization member', grant: [MEMBER], context: [organization(IN_ORG)], expected: 'pass' },
    {
      name: 'own organization ARN',
      grant: [`arn:aws:organizations::${MEMBER}:organization/o-a1b2c3d4e5`],
      context: [organization(IN_ORG)],
      expected: 'pass',
    },
    { name: 'account outside the organization', grant: [MEMBER, PARTNER], context: [organization(IN_ORG)], expected: 'fail' },
    {
      name: 'another organization',
      grant: [`arn:aws:organizations::${PARTNER}:organization/o-zzzzzzzzzz`],
      context: [organization(IN_ORG)],
      expected: 'fail',
    },
    { name: 'outside account declared trusted', grant: [PARTNER], context: [organization(NO_ORG), accountWithTrusted([PARTNER])], expected: 'pass' },
    { name: 'membership unknown', grant: [PARTNER], context: [organization(ORG_UNLISTED)], expected: 'error' },
    { name: 'permissions not collected', grant: unknown('AccessDenied'), context: [organization(IN_ORG)], expected: 'error' },
  ])
}
