/** Test fixtures for IAM checks: realistic users, roles and root-user attributes with overridable fields. */
import { describe, expect, it } from 'vitest'
import type { Status } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import type { Check } from '../../evaluate/define-check.js'
import {
  AWS,
  settingUid,
  type AccessKey,
  type IamGroupAttributes,
  type IamPolicyAttributes,
  type IamRoleAttributes,
  type IamUserAttributes,
  type InlinePolicy,
  type PasswordPolicyAttributes,
  type PolicyDocument,
  type RootUserAttributes,
} from '../../normalize/aws/types.js'
import { awsFixture, daysAgo, runCheck } from './testing.js'

/** An account id used by IAM fixtures (the same as awsFixture's). */
export const ACCOUNT = '111122223333'

/** A policy document allowing everything ("*:*"). */
export const ADMIN_DOC: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }

/** A read-only S3 policy document. */
export const READ_DOC: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
}

/** An access key with sensible defaults (Active, created 10 days ago, used yesterday). */
export function key(overrides: Partial<AccessKey> = {}): AccessKey {
  return { id: 'AKIAIOSFODNN7EXAMPLE', status: 'Active', createDate: daysAgo(10), lastUsedDate: daysAgo(1), ...overrides }
}

/** An IAM user "alice" created a year ago, with a console password used yesterday, MFA, and nothing else. */
export function user(attrs: Partial<IamUserAttributes> = {}): Resource<IamUserAttributes> {
  const a: IamUserAttributes = {
    userName: 'alice',
    userId: 'AIDAEXAMPLEALICE',
    createDate: daysAgo(365),
    passwordEnabled: true,
    passwordLastUsed: daysAgo(1),
    mfaDevices: [`arn:aws:iam::${ACCOUNT}:mfa/alice`],
    accessKeys: [],
    attachedPolicies: [],
    inlinePolicies: [],
    groups: [],
    ...attrs,
  }
  return awsFixture(AWS.iamUser, a, { uid: `arn:aws:iam::${ACCOUNT}:user/${a.userName}`, name: a.userName, region: 'global' })
}

/** An IAM group "admins" with no policies. */
export function group(attrs: Partial<IamGroupAttributes> = {}): Resource<IamGroupAttributes> {
  const a: IamGroupAttributes = { groupName: 'admins', attachedPolicies: [], inlinePolicies: [], ...attrs }
  return awsFixture(AWS.iamGroup, a, { uid: `arn:aws:iam::${ACCOUNT}:group/${a.groupName}`, name: a.groupName, region: 'global' })
}

/** An IAM role "deploy" trusted by the account itself, with no policies. */
export function role(attrs: Partial<IamRoleAttributes> = {}): Resource<IamRoleAttributes> {
  const a: IamRoleAttributes = {
    roleName: 'deploy',
    path: '/',
    createDate: daysAgo(100),
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }],
    },
    attachedPolicies: [],
    inlinePolicies: [],
    lastUsedDate: daysAgo(2),
    isServiceLinked: false,
    ...attrs,
  }
  return awsFixture(AWS.iamRole, a, { uid: `arn:aws:iam::${ACCOUNT}:role/${a.roleName}`, name: a.roleName, region: 'global' })
}

/** A customer-managed policy "ops" attached once, with a read-only document. */
export function managedPolicy(attrs: Partial<IamPolicyAttributes> = {}): Resource<IamPolicyAttributes> {
  const a: IamPolicyAttributes = { policyName: 'ops', isAwsManaged: false, attachmentCount: 1, defaultVersionId: 'v1', document: READ_DOC, ...attrs }
  const owner = a.isAwsManaged ? 'aws' : ACCOUNT
  return awsFixture(AWS.iamPolicy, a, { uid: `arn:aws:iam::${owner}:policy/${a.policyName}`, name: a.policyName, region: 'global' })
}

/** The root user with MFA (hardware), no keys, last used 200 days ago. */
export function rootUser(attrs: Partial<RootUserAttributes> = {}): Resource<RootUserAttributes> {
  const a: RootUserAttributes = { mfaEnabled: true, virtualMfa: false, accessKeysPresent: false, lastUsed: daysAgo(200), ...attrs }
  return awsFixture(AWS.iamRootUser, a, { uid: `arn:aws:iam::${ACCOUNT}:root`, name: 'root', region: 'global' })
}

/** A password policy meeting CIS: 14 characters, all classes, 24 remembered. */
export const STRONG_PASSWORD_POLICY: Exclude<PasswordPolicyAttributes['policy'], Unknown | null> = {
  minimumLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercase: true,
  requireLowercase: true,
  allowUsersToChangePassword: true,
  maxPasswordAge: 90,
  passwordReusePrevention: 24,
  hardExpiry: false,
}

/** The account password policy setting resource. */
export function passwordPolicy(policy: PasswordPolicyAttributes['policy']): Resource<PasswordPolicyAttributes> {
  return awsFixture(
    AWS.iamPasswordPolicy,
    { policy },
    { uid: settingUid(ACCOUNT, 'global', 'iam-password-policy'), name: 'password-policy', region: 'global' },
  )
}

/**
 * Declares the PASS / FAIL / ERROR table for a "<principal> inline policies grant no *:*" check; `principal` builds the
 * check's own resource from its inline policies and `deniedCall` names the listing call whose failure means ERROR.
 */
export function describeInlineAdminCheck<A>(check: Check<A>, principal: (inline: Maybe<InlinePolicy[]>) => Resource<A>, deniedCall: string): void {
  describe(check.id, () => {
    const cases: { name: string; inline: Maybe<InlinePolicy[]>; expected: Status; says?: string }[] = [
      { name: 'no inline policies', inline: [], expected: 'pass' },
      { name: 'read-only inline policy', inline: [{ name: 'read', document: READ_DOC }], expected: 'pass' },
      {
        name: 'admin inline policy',
        inline: [
          { name: 'read', document: READ_DOC },
          { name: 'god-mode', document: ADMIN_DOC },
        ],
        expected: 'fail',
        says: 'god-mode',
      },
      {
        name: '"*:*" as a single statement object',
        inline: [{ name: 'star', document: { Statement: { Effect: 'Allow', Action: '*:*', Resource: '*' } } }],
        expected: 'fail',
      },
      {
        name: 'Deny "*" is not a grant',
        inline: [{ name: 'deny', document: { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] } }],
        expected: 'pass',
      },
      { name: 'inline policies not collected', inline: unknown(`${deniedCall}: AccessDenied`), expected: 'error' },
    ]
    it.each(cases)('$name → $expected', ({ inline, expected, says }) => {
      const f = runCheck(check, principal(inline))
      expect(f.status).toBe(expected)
      if (says) expect(f.message).toContain(says)
    })
  })
}
