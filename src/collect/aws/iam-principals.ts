import {
  GetAccessKeyLastUsedCommand,
  GetGroupPolicyCommand,
  GetLoginProfileCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  paginateListAccessKeys,
  paginateListAttachedGroupPolicies,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListGroupPolicies,
  paginateListGroups,
  paginateListGroupsForUser,
  paginateListMFADevices,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListUserPolicies,
  paginateListUsers,
  type AccessKeyMetadata,
  type AttachedPolicy,
  type Group,
  type IAMClient,
  type MFADevice,
  type Role,
  type User,
} from '@aws-sdk/client-iam'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'

/** Per-principal calls in flight at once (the runner's limiter bounds actual API concurrency further). */
export const PRINCIPAL_CONCURRENCY = 8

/** IAM answers NoSuchEntity when a login profile (or policy) does not exist; SDK v3 may name it with the suffix. */
export const NO_SUCH_ENTITY = ['NoSuchEntity', 'NoSuchEntityException']

/** An inline policy as IAM returns it: the document is URL-encoded JSON (RFC 3986). */
export interface InlinePolicyRaw {
  name: string
  document: string | null
}

/** An access key with its GetAccessKeyLastUsed date (null = never used). */
export interface AccessKeyRaw {
  key: AccessKeyMetadata
  lastUsed: CallResult<Date | null>
}

/** Raw data of one IAM user; each per-user call may have failed on its own. */
export interface IamUserRaw {
  user: User
  accessKeys: CallResult<AccessKeyRaw[]>
  mfaDevices: CallResult<MFADevice[]>
  attachedPolicies: CallResult<AttachedPolicy[]>
  inlinePolicies: CallResult<InlinePolicyRaw[]>
  groups: CallResult<Group[]>
  /** GetLoginProfile, only when the credential report cannot tell: true = password set, null = none. */
  loginProfile?: CallResult<boolean | null>
}

/** Raw data of one IAM group. */
export interface IamGroupRaw {
  group: Group
  attachedPolicies: CallResult<AttachedPolicy[]>
  inlinePolicies: CallResult<InlinePolicyRaw[]>
}

/** Raw data of one IAM role; `detail` is GetRole (RoleLastUsed and Tags are not in ListRoles). */
export interface IamRoleRaw {
  role: Role
  detail: CallResult<Role | null>
  attachedPolicies: CallResult<AttachedPolicy[]>
  inlinePolicies: CallResult<InlinePolicyRaw[]>
}

type Pages<P> = (abortSignal: AbortSignal) => AsyncIterable<P>

/** Lists a principal's inline policy names, then fetches each document; any failure makes the whole set unknown. */
async function inlinePolicies(
  ctx: CollectContext,
  resource: string,
  listApi: string,
  pages: Pages<{ PolicyNames?: string[] }>,
  getApi: string,
  get: (name: string, abortSignal: AbortSignal) => Promise<string | undefined>,
): Promise<CallResult<InlinePolicyRaw[]>> {
  const names = await ctx.paginate(listApi, pages, (p) => p.PolicyNames, { resource })
  if (!names.ok) return names
  const docs = await mapLimit(names.value, PRINCIPAL_CONCURRENCY, (name) => ctx.call(getApi, async (s) => (await get(name, s)) ?? null, { resource }))
  const out: InlinePolicyRaw[] = []
  for (const [i, doc] of docs.entries()) {
    if (!doc.ok) return doc
    out.push({ name: names.value[i] ?? '', document: doc.value })
  }
  return { ok: true, value: out }
}

/** Access keys of a user, each with its last use. */
async function accessKeys(ctx: CollectContext, iam: IAMClient, user: User, resource: string): Promise<CallResult<AccessKeyRaw[]>> {
  const keys = await ctx.paginate(
    'ListAccessKeys',
    (s) => paginateListAccessKeys({ client: iam }, { UserName: user.UserName }, { abortSignal: s }),
    (p) => p.AccessKeyMetadata,
    { resource },
  )
  if (!keys.ok) return keys
  const value = await mapLimit(keys.value, PRINCIPAL_CONCURRENCY, async (key) => ({
    key,
    lastUsed: await ctx.call(
      'GetAccessKeyLastUsed',
      async (abortSignal) =>
        (await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }), { abortSignal })).AccessKeyLastUsed?.LastUsedDate ?? null,
      { resource },
    ),
  }))
  return { ok: true, value }
}

/** Everything Posture needs about one user. `needsLoginProfile` when the credential report cannot say. */
async function collectUser(ctx: CollectContext, iam: IAMClient, user: User, needsLoginProfile: boolean): Promise<IamUserRaw> {
  const resource = user.Arn ?? user.UserName ?? ''
  const UserName = user.UserName
  const [keys, mfaDevices, attachedPolicies, inline, groups] = await Promise.all([
    accessKeys(ctx, iam, user, resource),
    ctx.paginate(
      'ListMFADevices',
      (s) => paginateListMFADevices({ client: iam }, { UserName }, { abortSignal: s }),
      (p) => p.MFADevices,
      { resource },
    ),
    ctx.paginate(
      'ListAttachedUserPolicies',
      (s) => paginateListAttachedUserPolicies({ client: iam }, { UserName }, { abortSignal: s }),
      (p) => p.AttachedPolicies,
      { resource },
    ),
    inlinePolicies(
      ctx,
      resource,
      'ListUserPolicies',
      (s) => paginateListUserPolicies({ client: iam }, { UserName }, { abortSignal: s }),
      'GetUserPolicy',
      async (PolicyName, abortSignal) => (await iam.send(new GetUserPolicyCommand({ UserName, PolicyName }), { abortSignal })).PolicyDocument,
    ),
    ctx.paginate(
      'ListGroupsForUser',
      (s) => paginateListGroupsForUser({ client: iam }, { UserName }, { abortSignal: s }),
      (p) => p.Groups,
      { resource },
    ),
  ])
  const raw: IamUserRaw = { user, accessKeys: keys, mfaDevices, attachedPolicies, inlinePolicies: inline, groups }
  if (needsLoginProfile) {
    raw.loginProfile = await ctx.call(
      'GetLoginProfile',
      async (abortSignal) => {
        await iam.send(new GetLoginProfileCommand({ UserName }), { abortSignal })
        return true
      },
      { resource, absentOn: NO_SUCH_ENTITY },
    )
  }
  return raw
}

/** Lists users (failure marks aws.iam.user incomplete) and collects each one's details. */
export async function collectUsers(ctx: CollectContext, iam: IAMClient, needsLoginProfile: (user: User) => boolean): Promise<IamUserRaw[]> {
  const list = await ctx.paginate(
    'ListUsers',
    (s) => paginateListUsers({ client: iam }, {}, { abortSignal: s }),
    (p) => p.Users,
    { affects: ['aws.iam.user'] },
  )
  if (!list.ok) return []
  return mapLimit(list.value, PRINCIPAL_CONCURRENCY, (u) => collectUser(ctx, iam, u, needsLoginProfile(u)))
}

/** Lists groups (failure marks aws.iam.group incomplete) with their attached and inline policies. */
export async function collectGroups(ctx: CollectContext, iam: IAMClient): Promise<IamGroupRaw[]> {
  const list = await ctx.paginate(
    'ListGroups',
    (s) => paginateListGroups({ client: iam }, {}, { abortSignal: s }),
    (p) => p.Groups,
    { affects: ['aws.iam.group'] },
  )
  if (!list.ok) return []
  return mapLimit(list.value, PRINCIPAL_CONCURRENCY, async (group) => {
    const resource = group.Arn ?? group.GroupName ?? ''
    const GroupName = group.GroupName
    const [attachedPolicies, inline] = await Promise.all([
      ctx.paginate(
        'ListAttachedGroupPolicies',
        (s) => paginateListAttachedGroupPolicies({ client: iam }, { GroupName }, { abortSignal: s }),
        (p) => p.AttachedPolicies,
        { resource },
      ),
      inlinePolicies(
        ctx,
        resource,
        'ListGroupPolicies',
        (s) => paginateListGroupPolicies({ client: iam }, { GroupName }, { abortSignal: s }),
        'GetGroupPolicy',
        async (PolicyName, abortSignal) => (await iam.send(new GetGroupPolicyCommand({ GroupName, PolicyName }), { abortSignal })).PolicyDocument,
      ),
    ])
    return { group, attachedPolicies, inlinePolicies: inline }
  })
}

/** Lists roles (failure marks aws.iam.role incomplete) with GetRole details and attached and inline policies. */
export async function collectRoles(ctx: CollectContext, iam: IAMClient): Promise<IamRoleRaw[]> {
  const list = await ctx.paginate(
    'ListRoles',
    (s) => paginateListRoles({ client: iam }, {}, { abortSignal: s }),
    (p) => p.Roles,
    { affects: ['aws.iam.role'] },
  )
  if (!list.ok) return []
  return mapLimit(list.value, PRINCIPAL_CONCURRENCY, async (role) => {
    const resource = role.Arn ?? role.RoleName ?? ''
    const RoleName = role.RoleName
    const [detail, attachedPolicies, inline] = await Promise.all([
      ctx.call('GetRole', async (abortSignal) => (await iam.send(new GetRoleCommand({ RoleName }), { abortSignal })).Role ?? null, { resource }),
      ctx.paginate(
        'ListAttachedRolePolicies',
        (s) => paginateListAttachedRolePolicies({ client: iam }, { RoleName }, { abortSignal: s }),
        (p) => p.AttachedPolicies,
        { resource },
      ),
      inlinePolicies(
        ctx,
        resource,
        'ListRolePolicies',
        (s) => paginateListRolePolicies({ client: iam }, { RoleName }, { abortSignal: s }),
        'GetRolePolicy',
        async (PolicyName, abortSignal) => (await iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }), { abortSignal })).PolicyDocument,
      ),
    ])
    return { role, detail, attachedPolicies, inlinePolicies: inline }
  })
}
