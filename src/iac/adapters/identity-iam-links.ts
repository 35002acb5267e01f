/**
 * How IAM code ties policies to principals. Terraform and CloudFormation both let a policy be attached (or written
 * inline) from either side: on the user, group or role itself, or by a separate resource that names the principal.
 * These helpers gather every such link in a unit so each adapter folds them into the normalized principal or policy.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import type { AttachedPolicy, InlinePolicy } from '../../normalize/aws/types.js'
import type { AdaptContext, IacResource } from '../model.js'
import { AFTER_APPLY, designatesAny, items, literal, nameOf } from './identity-common.js'
import { blocks, list, obj, policyOf, str } from './values.js'

/** A user, group or role declared in code, with the literal name other resources may use for it. */
export interface Principal {
  r: IacResource
  kind: 'user' | 'group' | 'role'
  name: string
  /** Literal names that designate it (empty when the name is generated or computed). */
  literals: string[]
}

const PRINCIPAL_TYPES: Record<string, { kind: Principal['kind']; nameField: string }> = {
  aws_iam_user: { kind: 'user', nameField: 'name' },
  aws_iam_group: { kind: 'group', nameField: 'name' },
  aws_iam_role: { kind: 'role', nameField: 'name' },
  'AWS::IAM::User': { kind: 'user', nameField: 'UserName' },
  'AWS::IAM::Group': { kind: 'group', nameField: 'GroupName' },
  'AWS::IAM::Role': { kind: 'role', nameField: 'RoleName' },
}

/** The principal a resource declares, if it is a user, group or role. */
export function principalOf(r: IacResource): Principal | undefined {
  const t = PRINCIPAL_TYPES[r.type]
  if (!t) return undefined
  const written = literal(r.values[t.nameField])
  return { r, kind: t.kind, name: written ?? r.address, literals: written ? [written] : [] }
}

/** One place where a managed policy is attached to principals. */
export interface Attachment {
  site: IacResource
  /** Whether the attachment names this principal. */
  attaches(p: Principal): boolean
  /** The policy as written (reference, literal ARN or Unknown); undefined when the site is the policy itself. */
  policy: unknown
  /** The declared policy when the site is that policy (CloudFormation ManagedPolicy Users/Groups/Roles). */
  self?: IacResource
  /** How many principals the site names (the attachment count it adds to its policy). */
  count: number
}

const count = (...values: unknown[]): number =>
  values.reduce<number>((n, v) => {
    const named = items(v)
    return n + (isUnknown(named) ? 0 : named.length)
  }, 0)

/** Attachments made on the principal itself (Terraform managed_policy_arns, CloudFormation ManagedPolicyArns). */
function ownAttachments(r: IacResource, field: string): Attachment[] {
  const arns = items(r.values[field])
  if (isUnknown(arns)) return []
  return arns.map((policy) => ({ site: r, attaches: (p: Principal) => p.r === r, policy, count: 1 }))
}

const ATTACHING_TYPES = [
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_role_policy_attachment',
  'aws_iam_policy_attachment',
  'aws_iam_role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
  'AWS::IAM::Role',
  'AWS::IAM::ManagedPolicy',
]

/** Attachments per unit, computed once (every principal of a unit asks for them). */
const attachmentCache = new WeakMap<readonly unknown[], Attachment[]>()

/** Every attachment declared in the unit. */
export function attachments(ctx: AdaptContext): Attachment[] {
  const cached = attachmentCache.get(ctx.resources)
  if (cached) return cached
  const out: Attachment[] = []
  attachmentCache.set(ctx.resources, out)
  const names = (field: unknown, kind: Principal['kind']) => (p: Principal) => p.kind === kind && designatesAny(ctx, field, p.r, p.literals)
  for (const r of ctx.ofType(...ATTACHING_TYPES)) {
    const v = r.values
    switch (r.type) {
      case 'aws_iam_user_policy_attachment':
        out.push({ site: r, attaches: names(v.user, 'user'), policy: v.policy_arn, count: 1 })
        break
      case 'aws_iam_group_policy_attachment':
        out.push({ site: r, attaches: names(v.group, 'group'), policy: v.policy_arn, count: 1 })
        break
      case 'aws_iam_role_policy_attachment':
        out.push({ site: r, attaches: names(v.role, 'role'), policy: v.policy_arn, count: 1 })
        break
      case 'aws_iam_policy_attachment': {
        const [users, groups, roles] = [names(v.users, 'user'), names(v.groups, 'group'), names(v.roles, 'role')]
        out.push({ site: r, attaches: (p) => users(p) || groups(p) || roles(p), policy: v.policy_arn, count: count(v.users, v.groups, v.roles) })
        break
      }
      case 'aws_iam_role':
        out.push(...ownAttachments(r, 'managed_policy_arns'))
        break
      case 'AWS::IAM::User':
      case 'AWS::IAM::Group':
      case 'AWS::IAM::Role':
        out.push(...ownAttachments(r, 'ManagedPolicyArns'))
        break
      case 'AWS::IAM::ManagedPolicy': {
        const [users, groups, roles] = [names(v.Users, 'user'), names(v.Groups, 'group'), names(v.Roles, 'role')]
        out.push({
          site: r,
          attaches: (p) => users(p) || groups(p) || roles(p),
          policy: undefined,
          self: r,
          count: count(v.Users, v.Groups, v.Roles),
        })
        break
      }
    }
  }
  return out
}

/** A declared customer-managed policy: Terraform aws_iam_policy or CloudFormation AWS::IAM::ManagedPolicy. */
export function isPolicyResource(r: IacResource | undefined): r is IacResource {
  return r?.type === 'aws_iam_policy' || r?.type === 'AWS::IAM::ManagedPolicy'
}

/** Name and path of a declared policy (path '/' unless written). */
export function policyNameOf(r: IacResource): { name: string; path: string } {
  const tf = r.language === 'terraform'
  const name = tf ? r.values.name : r.values.ManagedPolicyName
  const path = str(tf ? r.values.path : r.values.Path, '/')
  return { name: nameOf(r, name), path: typeof path === 'string' ? path : '/' }
}

/** True when the attachment attaches the declared policy `policy` (by reference, or by a literal ARN ending in its path and name). */
export function attachesPolicy(ctx: AdaptContext, a: Attachment, policy: IacResource): boolean {
  if (a.self) return a.self === policy
  const { name, path } = policyNameOf(policy)
  const suffixes = name === policy.address ? [] : [`:policy${path}${name}`]
  return designatesAny(ctx, a.policy, policy, [], suffixes)
}

/** The managed policies attached to a principal, as the live collector lists them (declared ones by uid). */
export function attachedTo(ctx: AdaptContext, p: Principal, all: readonly Attachment[]): AttachedPolicy[] {
  return all
    .filter((a) => a.attaches(p))
    .map((a): AttachedPolicy => {
      const declared = a.self ?? ctx.resolve(a.policy)
      if (isPolicyResource(declared)) return { arn: ctx.uidOf(declared), name: policyNameOf(declared).name }
      if (typeof a.policy === 'string') return { arn: a.policy, name: a.policy.slice(a.policy.lastIndexOf('/') + 1) }
      return { arn: AFTER_APPLY, name: AFTER_APPLY }
    })
}

/** An inline policy as written: an Unknown document makes the whole list Unknown (its type has no Unknown document). */
function inlineEntry(name: unknown, fallback: string, document: unknown): Maybe<InlinePolicy | null> {
  const doc = policyOf(document)
  if (isUnknown(doc)) return unknown(`inline policy ${literal(name) ?? fallback}: ${doc.$unknown}`)
  return doc === null ? null : { name: literal(name) ?? fallback, document: doc }
}

/** Inline policy resources naming the principal: type → field naming the principal(s). */
const INLINE_RESOURCES: Record<string, Record<string, Principal['kind']>> = {
  aws_iam_user_policy: { user: 'user' },
  aws_iam_group_policy: { group: 'group' },
  aws_iam_role_policy: { role: 'role' },
  'AWS::IAM::UserPolicy': { UserName: 'user' },
  'AWS::IAM::GroupPolicy': { GroupName: 'group' },
  'AWS::IAM::RolePolicy': { RoleName: 'role' },
  'AWS::IAM::Policy': { Users: 'user', Groups: 'group', Roles: 'role' },
}

/** The inline policies of a principal: written on it, and in separate resources naming it. */
export function inlineOf(ctx: AdaptContext, p: Principal): Maybe<InlinePolicy[]> {
  const entries: Maybe<InlinePolicy | null>[] = []
  const v = p.r.values
  if (p.r.language === 'terraform') {
    // inline_policy blocks of aws_iam_role (an empty block means "no inline policies").
    const own = blocks(v, 'inline_policy')
    if (isUnknown(own)) return own
    for (const b of own) if (b.name !== undefined || b.policy !== undefined) entries.push(inlineEntry(b.name, p.r.address, b.policy))
  } else {
    const own = list(v.Policies)
    if (isUnknown(own)) return own
    for (const item of own) {
      const b = obj(item)
      if (isUnknown(b)) return b
      if (b) entries.push(inlineEntry(b.PolicyName, p.r.address, b.PolicyDocument))
    }
  }
  for (const r of ctx.ofType(...Object.keys(INLINE_RESOURCES))) {
    const fields = INLINE_RESOURCES[r.type]
    if (!fields) continue
    const named = Object.entries(fields).some(([field, kind]) => kind === p.kind && designatesAny(ctx, r.values[field], p.r, p.literals))
    if (!named) continue
    const tf = r.language === 'terraform'
    entries.push(
      inlineEntry(tf ? (r.values.name ?? r.values.name_prefix) : r.values.PolicyName, r.address, tf ? r.values.policy : r.values.PolicyDocument),
    )
  }
  const out: InlinePolicy[] = []
  for (const e of entries) {
    if (isUnknown(e)) return e
    if (e) out.push(e)
  }
  return out
}
