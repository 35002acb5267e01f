import type { Relation, Resource } from '../../core/resource.js'
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type {
  CredentialReportRow,
  IamAttachedPolicyRaw as SdkAttachedPolicy,
  IamGroupRaw,
  IamPolicyRaw,
  IamRoleRaw,
  IamUserRaw,
  InlinePolicyRaw,
} from '../../collect/aws/iam.js'
import {
  AWS,
  type AccessKey,
  type AttachedPolicy,
  type IamGroupAttributes,
  type IamPolicyAttributes,
  type IamRoleAttributes,
  type IamUserAttributes,
  type InlinePolicy,
  type PolicyDocument,
} from './types.js'
import { awsResource, iso, maybe, tagsOf, type NormalizeScope } from './helpers.js'
import { latest, reportBoolean, reportDate } from './iam-report-values.js'

/**
 * Parses an IAM policy document. IAM returns documents URL-encoded (RFC 3986), e.g.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html; plain JSON is accepted too.
 * Throws when the text is not a JSON policy (an object with a Statement).
 */
export function parseIamPolicy(text: string | null | undefined): PolicyDocument | null {
  if (text === null || text === undefined || text.trim() === '') return null
  const trimmed = text.trim()
  const doc: unknown = JSON.parse(trimmed.startsWith('{') ? trimmed : decodeURIComponent(trimmed))
  const statement = (doc as { Statement?: unknown } | null)?.Statement
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || typeof statement !== 'object' || statement === null) {
    throw new Error('not a policy document (no Statement object or array)')
  }
  return doc as PolicyDocument
}

/** A policy document as a Maybe: Unknown with the reason when it failed to arrive or does not parse. */
function maybeDocument(text: string | null | undefined, what: string): Maybe<PolicyDocument | null> {
  try {
    return parseIamPolicy(text)
  } catch (err) {
    return unknown(`${what} is not a valid policy document (${(err as Error).message})`)
  }
}

/** Attached managed policies as the contract's shape. */
function attached(r: CallResult<SdkAttachedPolicy[]>, api: string): Maybe<AttachedPolicy[]> {
  const v = maybe(r, api)
  return isUnknown(v) ? v : v.map((p) => ({ arn: p.PolicyArn ?? '', name: p.PolicyName ?? '' }))
}

/** Inline policies with parsed documents; one unreadable document makes the set Unknown (it cannot be judged). */
function inline(r: CallResult<InlinePolicyRaw[]>, api: string): Maybe<InlinePolicy[]> {
  const v = maybe(r, api)
  if (isUnknown(v)) return v
  const out: InlinePolicy[] = []
  for (const p of v) {
    const document = maybeDocument(p.document, `inline policy "${p.name}"`)
    if (isUnknown(document)) return document
    if (document === null) return unknown(`${api}: inline policy "${p.name}" came back without a document`)
    out.push({ name: p.name, document })
  }
  return out
}

/** 'has-policy' relations to attached managed policies. */
function policyRelations(r: CallResult<SdkAttachedPolicy[]>): Relation[] {
  return r.ok ? r.value.filter((p) => p.PolicyArn).map((p) => ({ kind: 'has-policy', target: p.PolicyArn as string })) : []
}

/** Console password state: the credential report's password_enabled, else GetLoginProfile (none = false). */
function passwordEnabled(u: IamUserRaw, row: CredentialReportRow | undefined, report: Maybe<unknown>): Maybe<boolean> {
  const fromReport = reportBoolean(row?.password_enabled)
  if (fromReport !== undefined) return fromReport
  if (u.loginProfile) return u.loginProfile.ok ? u.loginProfile.value !== null : unknown(`iam:GetLoginProfile: ${u.loginProfile.reason}`)
  return isUnknown(report) ? report : unknown('iam:GetCredentialReport: no password_enabled value for this user')
}

/**
 * Last console sign-in: the later of ListUsers' PasswordLastUsed (absent = never used, or not since tracking began
 * in 2014: https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html) and the report's password_last_used.
 */
function passwordLastUsed(u: IamUserRaw, row: CredentialReportRow | undefined): string | null {
  return latest([iso(u.user.PasswordLastUsed), reportDate(row?.password_last_used) ?? null])
}

/** Access keys with their last use. */
function accessKeys(u: IamUserRaw): Maybe<AccessKey[]> {
  const v = maybe(u.accessKeys, 'iam:ListAccessKeys')
  if (isUnknown(v)) return v
  return v.map(({ key, lastUsed }) => {
    const used = maybe(lastUsed, 'iam:GetAccessKeyLastUsed')
    return {
      id: key.AccessKeyId ?? '',
      status: key.Status === 'Active' ? 'Active' : 'Inactive',
      createDate: iso(key.CreateDate) ?? '',
      lastUsedDate: isUnknown(used) ? used : iso(used),
    }
  })
}

/**
 * The fields every IAM resource shares: its ARN as uid (built from `kind` and the name when the API leaves it out), the
 * scope's account and region, and its name (else the ARN).
 */
function iamEnvelope(
  scope: NormalizeScope,
  kind: 'user' | 'group' | 'role' | 'policy',
  type: string,
  arn: string | undefined,
  name: string | undefined,
): Pick<Resource, 'uid' | 'type' | 'account' | 'region' | 'name'> {
  const uid = arn ?? `arn:aws:iam::${scope.account}:${kind}/${name ?? ''}`
  return { uid, type, account: scope.account, region: scope.region, name: name ?? uid }
}

/** One user → aws.iam.user; `report` is the credential report by ARN (or why it is missing). */
export function normalizeUser(u: IamUserRaw, report: Maybe<Map<string, CredentialReportRow>>, scope: NormalizeScope): Resource<IamUserAttributes> {
  const envelope = iamEnvelope(scope, 'user', AWS.iamUser, u.user.Arn, u.user.UserName)
  const row = isUnknown(report) ? undefined : report.get(envelope.uid)
  const groups = maybe(u.groups, 'iam:ListGroupsForUser')
  const mfa = maybe(u.mfaDevices, 'iam:ListMFADevices')
  const memberOf = isUnknown(groups) ? [] : groups.filter((g) => g.Arn).map((g) => ({ kind: 'member-of', target: g.Arn as string }))
  return awsResource<IamUserAttributes>({
    ...envelope,
    tags: tagsOf(u.user.Tags),
    relations: [...memberOf, ...policyRelations(u.attachedPolicies)],
    attributes: {
      userName: u.user.UserName ?? '',
      userId: u.user.UserId ?? '',
      createDate: iso(u.user.CreateDate) ?? '',
      passwordEnabled: passwordEnabled(u, row, report),
      passwordLastUsed: passwordLastUsed(u, row),
      mfaDevices: isUnknown(mfa) ? mfa : mfa.map((d) => d.SerialNumber ?? ''),
      accessKeys: accessKeys(u),
      attachedPolicies: attached(u.attachedPolicies, 'iam:ListAttachedUserPolicies'),
      inlinePolicies: inline(u.inlinePolicies, 'iam:ListUserPolicies/GetUserPolicy'),
      groups: isUnknown(groups) ? groups : groups.map((g) => g.GroupName ?? ''),
    },
  })
}

/** One group → aws.iam.group. */
export function normalizeGroup(g: IamGroupRaw, scope: NormalizeScope): Resource<IamGroupAttributes> {
  const envelope = iamEnvelope(scope, 'group', AWS.iamGroup, g.group.Arn, g.group.GroupName)
  return awsResource<IamGroupAttributes>({
    ...envelope,
    relations: policyRelations(g.attachedPolicies),
    attributes: {
      groupName: g.group.GroupName ?? '',
      attachedPolicies: attached(g.attachedPolicies, 'iam:ListAttachedGroupPolicies'),
      inlinePolicies: inline(g.inlinePolicies, 'iam:ListGroupPolicies/GetGroupPolicy'),
    },
  })
}

/** One role → aws.iam.role. RoleLastUsed covers the last 400 days (absent = not used in that window). */
export function normalizeRole(r: IamRoleRaw, scope: NormalizeScope): Resource<IamRoleAttributes> {
  const envelope = iamEnvelope(scope, 'role', AWS.iamRole, r.role.Arn, r.role.RoleName)
  const detail = maybe(r.detail, 'iam:GetRole')
  const path = r.role.Path ?? '/'
  return awsResource<IamRoleAttributes>({
    ...envelope,
    tags: tagsOf(isUnknown(detail) ? r.role.Tags : (detail?.Tags ?? r.role.Tags)),
    relations: policyRelations(r.attachedPolicies),
    attributes: {
      roleName: r.role.RoleName ?? '',
      path,
      createDate: iso(r.role.CreateDate) ?? '',
      trustPolicy: maybeDocument(r.role.AssumeRolePolicyDocument, 'iam:ListRoles AssumeRolePolicyDocument'),
      attachedPolicies: attached(r.attachedPolicies, 'iam:ListAttachedRolePolicies'),
      inlinePolicies: inline(r.inlinePolicies, 'iam:ListRolePolicies/GetRolePolicy'),
      lastUsedDate: isUnknown(detail) ? detail : iso(detail?.RoleLastUsed?.LastUsedDate),
      // Service-linked roles live under this path: https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
      isServiceLinked: path.startsWith('/aws-service-role/'),
    },
  })
}

/** AWS-managed policies have the account field 'aws' in their ARN (arn:<partition>:iam::aws:policy/...). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn)
}

/** One managed policy → aws.iam.policy. */
export function normalizePolicy(p: IamPolicyRaw, scope: NormalizeScope): Resource<IamPolicyAttributes> {
  const envelope = iamEnvelope(scope, 'policy', AWS.iamPolicy, p.policy.Arn, p.policy.PolicyName)
  const text = maybe(p.document, 'iam:GetPolicyVersion')
  const doc = isUnknown(text) ? text : maybeDocument(text, `default version ${p.policy.DefaultVersionId ?? '?'}`)
  return awsResource<IamPolicyAttributes>({
    ...envelope,
    tags: tagsOf(p.policy.Tags),
    attributes: {
      policyName: p.policy.PolicyName ?? '',
      isAwsManaged: isAwsManagedPolicyArn(envelope.uid),
      attachmentCount: p.policy.AttachmentCount ?? 0,
      defaultVersionId: p.policy.DefaultVersionId ?? '',
      document: doc === null ? unknown('iam:GetPolicyVersion: the default version came back without a document') : doc,
    },
  })
}
