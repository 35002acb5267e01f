import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../collect/collector.js'
import type { IamRaw, IamUserRaw, IamRoleRaw, IamPolicyRaw } from '../../collect/aws/iam.js'
import { parseCredentialReport } from '../../collect/aws/iam-credential-report.js'
import { isUnknown } from '../../core/unknown.js'
import type { Resource } from '../../core/resource.js'
import { normalizeIam } from './iam.js'
import {
  AWS,
  AWS_IAM_SERVER_CERTIFICATE,
  type IamPolicyAttributes,
  type IamServerCertificateAttributes,
  type IamRoleAttributes,
  type IamUserAttributes,
  type PasswordPolicyAttributes,
  type RootUserAttributes,
} from './types.js'

const ACCT = '111122223333'
const SCOPE = { account: ACCT, region: 'global', regions: ['us-east-1'] }
const ok = <T>(value: T): CallResult<T> => ({ ok: true, value })
const fail = (reason: string, code = 'AccessDenied'): CallResult<never> => ({ ok: false, reason, code })
const denied = (api: string) => fail(`AccessDenied: User: arn:aws:iam::${ACCT}:user/auditor is not authorized to perform: iam:${api}`)
// Typed wrappers: vitest's asymmetric matchers are `any`.
const matching = (re: RegExp): unknown => expect.stringMatching(re)
const unknownWith = (re: RegExp) => ({ $unknown: matching(re) })
const containing = (o: object): unknown => expect.objectContaining(o)
const anyArray: unknown = expect.any(Array)

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'
const ROOT_ROW = `<root_account>,arn:aws:iam::${ACCT}:root,2019-03-04T10:11:12+00:00,not_supported,2026-05-20T08:00:00+00:00,not_supported,not_supported,true,true,2020-01-01T00:00:00+00:00,2026-05-25T10:00:00+00:00,us-east-1,iam,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`
const ALICE_ROW = `alice,arn:aws:iam::${ACCT}:user/alice,2021-01-02T03:04:05+00:00,true,2026-05-30T12:00:00+00:00,2025-12-01T00:00:00+00:00,N/A,true,true,2025-01-01T00:00:00+00:00,2026-05-31T09:30:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`
// moto's shape: no password → password_last_used 'not_supported' (AWS writes N/A).
const BOB_ROW = `bob,arn:aws:iam::${ACCT}:user/bob,2022-02-02T00:00:00+00:00,false,not_supported,2022-02-02T00:00:00+00:00,not_supported,false,true,2022-02-02T00:00:00+00:00,N/A,not_supported,not_supported,false,N/A,N/A,not_supported,not_supported,false,N/A,false,N/A`
const report = (...rows: string[]) => ok(parseCredentialReport([HEADER, ...rows].join('\n')))

const policyText = (statement: object) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }))
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const S3_READ_ARN = `arn:aws:iam::${ACCT}:policy/s3-read`

const alice = (over: Partial<IamUserRaw> = {}): IamUserRaw => ({
  user: {
    UserName: 'alice',
    UserId: 'AIDAEXAMPLEALICE',
    Arn: `arn:aws:iam::${ACCT}:user/alice`,
    Path: '/',
    CreateDate: new Date('2021-01-02T03:04:05Z'),
  },
  accessKeys: ok([
    {
      key: { UserName: 'alice', AccessKeyId: 'AKIAEXAMPLEALICE1', Status: 'Active', CreateDate: new Date('2025-01-01T00:00:00Z') },
      lastUsed: ok(new Date('2026-05-31T09:30:00Z')),
    },
  ]),
  mfaDevices: ok([{ UserName: 'alice', SerialNumber: `arn:aws:iam::${ACCT}:mfa/alice`, EnableDate: new Date('2021-01-03T00:00:00Z') }]),
  attachedPolicies: ok([{ PolicyName: 's3-read', PolicyArn: S3_READ_ARN }]),
  inlinePolicies: ok([{ name: 'inline-ec2', document: policyText({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }) }]),
  groups: ok([
    {
      GroupName: 'admins',
      GroupId: 'AGPAEXAMPLE',
      Arn: `arn:aws:iam::${ACCT}:group/admins`,
      Path: '/',
      CreateDate: new Date('2020-01-01T00:00:00Z'),
    },
  ]),
  ...over,
})

const bob = (over: Partial<IamUserRaw> = {}): IamUserRaw => ({
  user: { UserName: 'bob', UserId: 'AIDAEXAMPLEBOB', Arn: `arn:aws:iam::${ACCT}:user/bob`, Path: '/', CreateDate: new Date('2022-02-02T00:00:00Z') },
  accessKeys: ok([
    { key: { UserName: 'bob', AccessKeyId: 'AKIAEXAMPLEBOB1', Status: 'Active', CreateDate: new Date('2022-02-02T00:00:00Z') }, lastUsed: ok(null) },
    {
      key: { UserName: 'bob', AccessKeyId: 'AKIAEXAMPLEBOB2', Status: 'Inactive', CreateDate: new Date('2023-02-02T00:00:00Z') },
      lastUsed: ok(null),
    },
  ]),
  mfaDevices: ok([]),
  attachedPolicies: ok([]),
  inlinePolicies: ok([]),
  groups: ok([]),
  ...over,
})

const appRole = (over: Partial<IamRoleRaw> = {}): IamRoleRaw => {
  const role = {
    RoleName: 'app-role',
    RoleId: 'AROAEXAMPLE',
    Arn: `arn:aws:iam::${ACCT}:role/app-role`,
    Path: '/',
    CreateDate: new Date('2023-03-03T00:00:00Z'),
    AssumeRolePolicyDocument: policyText({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
  }
  return {
    role,
    detail: ok({
      ...role,
      RoleLastUsed: { LastUsedDate: new Date('2026-05-01T00:00:00Z'), Region: 'us-east-1' },
      Tags: [{ Key: 'env', Value: 'prod' }],
    }),
    attachedPolicies: ok([{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }]),
    inlinePolicies: ok([]),
    ...over,
  }
}

const policy = (arn: string, document: CallResult<string | null>): IamPolicyRaw => ({
  policy: { PolicyName: arn.split('/').at(-1), Arn: arn, DefaultVersionId: 'v2', AttachmentCount: 1, Path: '/', IsAttachable: true },
  document,
})

const raw = (over: Partial<IamRaw> = {}): IamRaw => ({
  accountSummary: ok({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 2 }),
  virtualMfaDevices: ok([{ SerialNumber: `arn:aws:iam::${ACCT}:mfa/alice` }]),
  passwordPolicy: ok(null),
  instanceProfiles: ok([
    {
      InstanceProfileName: 'web',
      InstanceProfileId: 'AIPA1',
      Path: '/',
      CreateDate: new Date('2026-01-01T00:00:00Z'),
      Arn: `arn:aws:iam::${ACCT}:instance-profile/web`,
      Roles: [{ RoleName: 'web', RoleId: 'AROA1', Path: '/', CreateDate: new Date('2026-01-01T00:00:00Z'), Arn: `arn:aws:iam::${ACCT}:role/web` }],
    },
  ]),
  serverCertificates: ok([]),
  credentialReport: report(ROOT_ROW, ALICE_ROW, BOB_ROW),
  users: [alice(), bob()],
  groups: [],
  roles: [appRole()],
  policies: [policy(S3_READ_ARN, ok(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })))],
  ...over,
})

const one = <A>(resources: Resource[], type: string, name?: string): Resource<A> => {
  const found = resources.filter((r) => r.type === type && (name === undefined || r.name === name))
  if (found.length !== 1) throw new Error(`expected one ${type} ${name ?? ''}, got ${found.length}`)
  return found[0] as Resource<A>
}
const reasonOf = (v: unknown): string => (isUnknown(v) ? v.$unknown : `(known: ${JSON.stringify(v)})`)

describe('normalizeIam: root user', () => {
  const cases: {
    name: string
    raw: IamRaw
    expected: Partial<Record<keyof RootUserAttributes, unknown>>
    unknown?: Partial<Record<keyof RootUserAttributes, RegExp>>
  }[] = [
    {
      name: 'root row present: lastUsed = latest of password and keys',
      raw: raw(),
      expected: { mfaEnabled: true, virtualMfa: false, accessKeysPresent: false, lastUsed: '2026-05-25T10:00:00.000Z' },
    },
    {
      name: 'root row that never signed in',
      raw: raw({
        credentialReport: report(ROOT_ROW.replace('2026-05-20T08:00:00+00:00', 'no_information').replace('2026-05-25T10:00:00+00:00', 'N/A')),
      }),
      expected: { lastUsed: null },
    },
    {
      name: 'root row absent (moto)',
      raw: raw({ credentialReport: report(ALICE_ROW) }),
      expected: {},
      unknown: { lastUsed: /no <root_account> row/ },
    },
    {
      name: 'report failed',
      raw: raw({ credentialReport: fail('credential report still STARTED after 60 s', 'ReportInProgress') }),
      expected: {},
      unknown: { lastUsed: /GetCredentialReport: credential report still STARTED/ },
    },
    {
      name: 'root virtual MFA by serial',
      raw: raw({ virtualMfaDevices: ok([{ SerialNumber: `arn:aws:iam::${ACCT}:mfa/root-account-mfa-device` }]) }),
      expected: { virtualMfa: true },
    },
    {
      name: 'root virtual MFA by user ARN',
      raw: raw({
        virtualMfaDevices: ok([
          {
            SerialNumber: `arn:aws:iam::${ACCT}:mfa/my-root-phone`,
            User: { Arn: `arn:aws:iam::${ACCT}:root`, UserName: ACCT, UserId: ACCT, Path: '/', CreateDate: new Date() },
          },
        ]),
      }),
      expected: { virtualMfa: true },
    },
    {
      name: 'no MFA at all',
      raw: raw({ accountSummary: ok({ AccountMFAEnabled: 0, AccountAccessKeysPresent: 1 }) }),
      expected: { mfaEnabled: false, virtualMfa: false, accessKeysPresent: true },
    },
    {
      name: 'summary denied',
      raw: raw({ accountSummary: denied('GetAccountSummary'), virtualMfaDevices: denied('ListVirtualMFADevices') }),
      expected: {},
      unknown: {
        mfaEnabled: /iam:GetAccountSummary: AccessDenied/,
        accessKeysPresent: /iam:GetAccountSummary/,
        virtualMfa: /iam:ListVirtualMFADevices/,
      },
    },
  ]
  it.each(cases)('$name', ({ raw: r, expected, unknown }) => {
    const root = one<RootUserAttributes>(normalizeIam(r, SCOPE), AWS.iamRootUser)
    expect(root.uid).toBe(`arn:aws:iam::${ACCT}:root`)
    expect(root.attributes).toMatchObject(expected)
    for (const [key, pattern] of Object.entries(unknown ?? {})) expect(reasonOf(root.attributes[key as keyof RootUserAttributes])).toMatch(pattern)
  })
})

describe('normalizeIam: password policy', () => {
  const set = {
    MinimumPasswordLength: 14,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: false,
    AllowUsersToChangePassword: true,
    ExpirePasswords: true,
    MaxPasswordAge: 90,
    PasswordReusePrevention: 24,
    HardExpiry: false,
  }
  const cases: { name: string; policy: IamRaw['passwordPolicy']; expected: unknown }[] = [
    { name: 'none set (NoSuchEntity)', policy: ok(null), expected: null },
    {
      name: 'set',
      policy: ok(set),
      expected: {
        minimumLength: 14,
        requireSymbols: true,
        requireNumbers: true,
        requireUppercase: true,
        requireLowercase: false,
        allowUsersToChangePassword: true,
        maxPasswordAge: 90,
        passwordReusePrevention: 24,
        hardExpiry: false,
      },
    },
    {
      name: 'set without expiry',
      policy: ok({ MinimumPasswordLength: 8, ExpirePasswords: false }),
      expected: containing({ minimumLength: 8, maxPasswordAge: null, passwordReusePrevention: null }),
    },
    { name: 'denied', policy: denied('GetAccountPasswordPolicy'), expected: unknownWith(/^iam:GetAccountPasswordPolicy: AccessDenied/) },
  ]
  it.each(cases)('$name', ({ policy, expected }) => {
    const r = one<PasswordPolicyAttributes>(normalizeIam(raw({ passwordPolicy: policy }), SCOPE), AWS.iamPasswordPolicy)
    expect(r.uid).toBe(`aws:${ACCT}:global:iam-password-policy`)
    expect(r.attributes.policy).toEqual(expected)
  })
})

describe('normalizeIam: users', () => {
  it('a user with password, MFA, a used key, policies and a group', () => {
    const u = one<IamUserAttributes>(normalizeIam(raw(), SCOPE), AWS.iamUser, 'alice')
    expect(u.uid).toBe(`arn:aws:iam::${ACCT}:user/alice`)
    expect(u.attributes).toEqual({
      userName: 'alice',
      userId: 'AIDAEXAMPLEALICE',
      createDate: '2021-01-02T03:04:05.000Z',
      passwordEnabled: true,
      passwordLastUsed: '2026-05-30T12:00:00.000Z',
      mfaDevices: [`arn:aws:iam::${ACCT}:mfa/alice`],
      accessKeys: [{ id: 'AKIAEXAMPLEALICE1', status: 'Active', createDate: '2025-01-01T00:00:00.000Z', lastUsedDate: '2026-05-31T09:30:00.000Z' }],
      attachedPolicies: [{ arn: S3_READ_ARN, name: 's3-read' }],
      inlinePolicies: [
        { name: 'inline-ec2', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] } },
      ],
      groups: ['admins'],
    })
    expect(u.relations).toEqual([
      { kind: 'member-of', target: `arn:aws:iam::${ACCT}:group/admins` },
      { kind: 'has-policy', target: S3_READ_ARN },
    ])
  })

  it('a user without password or MFA, with an unused and an inactive key', () => {
    const u = one<IamUserAttributes>(normalizeIam(raw(), SCOPE), AWS.iamUser, 'bob')
    expect(u.attributes).toMatchObject({
      passwordEnabled: false,
      passwordLastUsed: null,
      mfaDevices: [],
      groups: [],
      attachedPolicies: [],
      inlinePolicies: [],
    })
    expect(u.attributes.accessKeys).toEqual([
      { id: 'AKIAEXAMPLEBOB1', status: 'Active', createDate: '2022-02-02T00:00:00.000Z', lastUsedDate: null },
      { id: 'AKIAEXAMPLEBOB2', status: 'Inactive', createDate: '2023-02-02T00:00:00.000Z', lastUsedDate: null },
    ])
    expect(u.relations).toEqual([])
  })

  const passwordCases: { name: string; over: Partial<IamRaw>; user: IamUserRaw; expected: unknown }[] = [
    { name: 'report says true', over: {}, user: alice(), expected: true },
    {
      name: 'not in the report, GetLoginProfile found one',
      over: { credentialReport: report(ROOT_ROW) },
      user: bob({ loginProfile: ok(true) }),
      expected: true,
    },
    {
      name: 'not in the report, GetLoginProfile NoSuchEntity',
      over: { credentialReport: report(ROOT_ROW) },
      user: bob({ loginProfile: ok(null) }),
      expected: false,
    },
    {
      name: 'report failed and GetLoginProfile denied',
      over: { credentialReport: denied('GetCredentialReport') },
      user: bob({ loginProfile: denied('GetLoginProfile') }),
      expected: unknownWith(/^iam:GetLoginProfile: AccessDenied/),
    },
    {
      name: 'report failed and no fallback fetched',
      over: { credentialReport: denied('GenerateCredentialReport') },
      user: bob(),
      expected: unknownWith(/^iam:GetCredentialReport: AccessDenied/),
    },
  ]
  it.each(passwordCases)('passwordEnabled: $name', ({ over, user, expected }) => {
    const u = one<IamUserAttributes>(normalizeIam(raw({ ...over, users: [user] }), SCOPE), AWS.iamUser)
    expect(u.attributes.passwordEnabled).toEqual(expected)
  })

  it('ListUsers PasswordLastUsed counts when the report lacks the user', () => {
    const user = alice({ user: { ...alice().user, PasswordLastUsed: new Date('2026-04-01T00:00:00Z') } })
    const u = one<IamUserAttributes>(normalizeIam(raw({ credentialReport: denied('GetCredentialReport'), users: [user] }), SCOPE), AWS.iamUser)
    expect(u.attributes.passwordLastUsed).toBe('2026-04-01T00:00:00.000Z')
  })

  const failures: { name: string; user: IamUserRaw; attribute: keyof IamUserAttributes; reason: RegExp }[] = [
    {
      name: 'ListAccessKeys denied',
      user: alice({ accessKeys: denied('ListAccessKeys') }),
      attribute: 'accessKeys',
      reason: /^iam:ListAccessKeys: AccessDenied/,
    },
    {
      name: 'ListMFADevices throttled',
      user: alice({ mfaDevices: fail('Throttling: Rate exceeded', 'Throttling') }),
      attribute: 'mfaDevices',
      reason: /^iam:ListMFADevices: Throttling/,
    },
    {
      name: 'ListGroupsForUser timed out',
      user: alice({ groups: fail('timed out after 60000 ms', 'TimeoutError') }),
      attribute: 'groups',
      reason: /timed out/,
    },
    {
      name: 'ListAttachedUserPolicies denied',
      user: alice({ attachedPolicies: denied('ListAttachedUserPolicies') }),
      attribute: 'attachedPolicies',
      reason: /ListAttachedUserPolicies/,
    },
    { name: 'GetUserPolicy denied', user: alice({ inlinePolicies: denied('GetUserPolicy') }), attribute: 'inlinePolicies', reason: /GetUserPolicy/ },
    {
      name: 'unparsable inline policy',
      user: alice({ inlinePolicies: ok([{ name: 'broken', document: '%7B%22Statement%22%3A' }]) }),
      attribute: 'inlinePolicies',
      reason: /inline policy "broken" is not a valid policy document/,
    },
    {
      name: 'inline policy that is not a policy',
      user: alice({ inlinePolicies: ok([{ name: 'list', document: '[1,2]' }]) }),
      attribute: 'inlinePolicies',
      reason: /no Statement/,
    },
  ]
  it.each(failures)('a per-user failure ($name) leaves only that attribute Unknown', ({ user, attribute, reason }) => {
    const u = one<IamUserAttributes>(normalizeIam(raw({ users: [user, bob()] }), SCOPE), AWS.iamUser, 'alice')
    expect(reasonOf(u.attributes[attribute])).toMatch(reason)
    const rest = Object.entries(u.attributes).filter(([k]) => k !== attribute)
    expect(rest.filter(([, v]) => isUnknown(v))).toEqual([])
    expect(isUnknown(one<IamUserAttributes>(normalizeIam(raw({ users: [user, bob()] }), SCOPE), AWS.iamUser, 'bob').attributes[attribute])).toBe(
      false,
    )
  })

  it('a failed GetAccessKeyLastUsed leaves only that key’s date Unknown', () => {
    const user = bob({
      accessKeys: ok([
        { key: { AccessKeyId: 'AKIA1', Status: 'Active', CreateDate: new Date('2022-02-02T00:00:00Z') }, lastUsed: denied('GetAccessKeyLastUsed') },
        { key: { AccessKeyId: 'AKIA2', Status: 'Active', CreateDate: new Date('2022-02-02T00:00:00Z') }, lastUsed: ok(null) },
      ]),
    })
    const keys = one<IamUserAttributes>(normalizeIam(raw({ users: [user] }), SCOPE), AWS.iamUser).attributes.accessKeys
    if (isUnknown(keys)) throw new Error('keys should be known')
    expect(reasonOf(keys[0]?.lastUsedDate)).toMatch(/^iam:GetAccessKeyLastUsed: AccessDenied/)
    expect(keys[1]?.lastUsedDate).toBeNull()
  })
})

describe('normalizeIam: roles', () => {
  const cases: { name: string; role: IamRoleRaw; expected: Partial<Record<keyof IamRoleAttributes, unknown>> }[] = [
    {
      name: 'URL-encoded trust policy, last used, tags from GetRole',
      role: appRole(),
      expected: {
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        lastUsedDate: '2026-05-01T00:00:00.000Z',
        isServiceLinked: false,
        attachedPolicies: [{ arn: ADMIN_ARN, name: 'AdministratorAccess' }],
      },
    },
    {
      name: 'never used (no RoleLastUsed date)',
      role: appRole({ detail: ok({ RoleName: 'app-role', Arn: '', Path: '/', RoleId: 'x', CreateDate: new Date(), RoleLastUsed: {} }) }),
      expected: { lastUsedDate: null },
    },
    { name: 'GetRole denied', role: appRole({ detail: denied('GetRole') }), expected: { lastUsedDate: unknownWith(/^iam:GetRole: AccessDenied/) } },
    {
      name: 'unparsable trust policy',
      role: appRole({ role: { ...appRole().role, AssumeRolePolicyDocument: '%7Bnot-json' } }),
      expected: { trustPolicy: unknownWith(/AssumeRolePolicyDocument is not a valid policy document/) },
    },
    {
      name: 'service-linked role',
      role: appRole({ role: { ...appRole().role, RoleName: 'AWSServiceRoleForSupport', Path: '/aws-service-role/support.amazonaws.com/' } }),
      expected: { isServiceLinked: true, path: '/aws-service-role/support.amazonaws.com/' },
    },
  ]
  it.each(cases)('$name', ({ role, expected }) => {
    const r = one<IamRoleAttributes>(normalizeIam(raw({ roles: [role] }), SCOPE), AWS.iamRole)
    expect(r.attributes).toMatchObject(expected)
  })

  it('relations and tags', () => {
    const r = one<IamRoleAttributes>(normalizeIam(raw(), SCOPE), AWS.iamRole)
    expect(r.relations).toEqual([{ kind: 'has-policy', target: ADMIN_ARN }])
    expect(r.tags).toEqual({ env: 'prod' })
  })
})

describe('normalizeIam: managed policies', () => {
  const cases: { name: string; p: IamPolicyRaw; expected: Partial<Record<keyof IamPolicyAttributes, unknown>> }[] = [
    {
      name: 'customer-managed',
      p: policy(S3_READ_ARN, ok(policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }))),
      expected: { isAwsManaged: false, defaultVersionId: 'v2', document: containing({ Statement: anyArray }) },
    },
    {
      name: 'AWS-managed',
      p: policy(ADMIN_ARN, ok(policyText({ Effect: 'Allow', Action: '*', Resource: '*' }))),
      expected: { isAwsManaged: true, attachmentCount: 1 },
    },
    {
      name: 'GovCloud AWS-managed',
      p: policy('arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess', ok(null)),
      expected: { isAwsManaged: true, document: unknownWith(/without a document/) },
    },
    {
      name: 'GetPolicyVersion denied',
      p: policy(S3_READ_ARN, denied('GetPolicyVersion')),
      expected: { document: unknownWith(/^iam:GetPolicyVersion: AccessDenied/) },
    },
    {
      name: 'unparsable document',
      p: policy(S3_READ_ARN, ok('{"Statement": ')),
      expected: { document: unknownWith(/default version v2 is not a valid policy document/) },
    },
  ]
  it.each(cases)('$name', ({ p, expected }) => {
    const r = one<IamPolicyAttributes>(normalizeIam(raw({ policies: [p] }), SCOPE), AWS.iamPolicy)
    expect(r.uid).toBe(p.policy.Arn)
    expect(r.attributes).toMatchObject(expected)
  })

  it('a policy listed twice appears once', () => {
    const p = policy(S3_READ_ARN, ok(null))
    expect(normalizeIam(raw({ policies: [p, p] }), SCOPE).filter((r) => r.type === AWS.iamPolicy)).toHaveLength(1)
  })
})

describe('normalizeIam: layout', () => {
  it('every resource is global, in the account, with a unique uid', () => {
    const resources = normalizeIam(raw(), SCOPE)
    expect(new Set(resources.map((r) => r.uid)).size).toBe(resources.length)
    expect(resources.every((r) => r.region === 'global' && r.account === ACCT && r.provider === 'aws')).toBe(true)
  })

  it('empty account: root and password policy only', () => {
    const resources = normalizeIam(raw({ users: [], roles: [], policies: [], instanceProfiles: ok([]) }), SCOPE)
    expect(resources.map((r) => r.type)).toEqual([AWS.iamRootUser, AWS.iamPasswordPolicy])
  })

  it('instance profiles link to their roles', () => {
    const profile = normalizeIam(raw(), SCOPE).find((r) => r.type === AWS.iamInstanceProfile)
    expect(profile?.uid).toBe(`arn:aws:iam::${ACCT}:instance-profile/web`)
    expect(profile?.relations).toEqual([{ kind: 'uses-role', target: `arn:aws:iam::${ACCT}:role/web` }])
  })
})

describe('normalizeIam: server certificates', () => {
  // ListServerCertificates ServerCertificateMetadataList entry, as the SDK returns it (dates as Date).
  const cert = {
    Path: '/cloudfront/',
    ServerCertificateName: 'www-example-2025',
    ServerCertificateId: 'ASCAEXAMPLE123EXAMPLE',
    Arn: `arn:aws:iam::${ACCT}:server-certificate/cloudfront/www-example-2025`,
    UploadDate: new Date('2025-03-01T12:00:00Z'),
    Expiration: new Date('2026-03-01T23:59:59Z'),
  }
  const cases: { name: string; certs: IamRaw['serverCertificates']; expected: Record<string, IamServerCertificateAttributes> }[] = [
    {
      name: 'one certificate: uid = Arn, dates as ISO',
      certs: ok([cert]),
      expected: {
        [cert.Arn]: { serverCertificateName: 'www-example-2025', expiration: '2026-03-01T23:59:59.000Z', uploadDate: '2025-03-01T12:00:00.000Z' },
      },
    },
    {
      name: 'no Arn or dates reported: uid built from path and name, dates null',
      certs: ok([{ Path: '/', ServerCertificateName: 'legacy', ServerCertificateId: 'ASCALEGACY', Arn: undefined }]),
      expected: { [`arn:aws:iam::${ACCT}:server-certificate/legacy`]: { serverCertificateName: 'legacy', expiration: null, uploadDate: null } },
    },
    { name: 'none uploaded', certs: ok([]), expected: {} },
    { name: 'listing denied: no resources (the gap is recorded by the runner)', certs: denied('ListServerCertificates'), expected: {} },
  ]
  it.each(cases)('$name', ({ certs, expected }) => {
    const found = normalizeIam(raw({ serverCertificates: certs }), SCOPE).filter((r) => r.type === AWS_IAM_SERVER_CERTIFICATE)
    expect(Object.fromEntries(found.map((r) => [r.uid, r.attributes]))).toEqual(expected)
    expect(found.every((r) => r.region === 'global' && r.name !== '')).toBe(true)
  })
})
