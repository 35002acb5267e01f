/**
 * IAM users, groups, roles and managed policies from code. Each principal gathers the policies attached to it and
 * written inline for it, wherever the code declares them (see identity-iam-links.ts); users gather their access keys,
 * console password (login profile) and group memberships. Facts that exist only once people use the account (last
 * use, MFA enrolment, key age) are marked as not known from code, so the checks needing them are not evaluated.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type AccessKey,
  type IamGroupAttributes,
  type IamPolicyAttributes,
  type IamRoleAttributes,
  type IamUserAttributes,
  type PolicyDocument,
} from '../../normalize/aws/types.js'
import { notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { AFTER_APPLY, designatesAny, items, literal } from './identity-common.js'
import { cfnTags, obj, policyOf, str, tfTags, unseen } from './values.js'
import {
  attachedTo,
  attachesPolicy,
  attachments,
  inlineOf,
  policyNameOf,
  principalOf,
  type Attachment,
  type Principal,
} from './identity-iam-links.js'

type Relation = { kind: string; target: string }

const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/

/**
 * Documents of AWS-managed policies the admin checks must be able to judge when code attaches them by ARN.
 * AdministratorAccess: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
 */
const AWS_MANAGED_DOCUMENTS: Readonly<Record<string, PolicyDocument>> = {
  AdministratorAccess: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
}

/**
 * The AWS-managed policies attached at `site`, as aws.iam.policy resources located there with the number of
 * principals the site attaches them to. `withSuffix` when the site also yields its own resource (a principal).
 */
function awsManagedAt(site: IacResource, all: readonly Attachment[], withSuffix: boolean): AdaptedResource<IamPolicyAttributes>[] {
  const counts = new Map<string, number>()
  for (const a of all) {
    if (a.site === site && typeof a.policy === 'string' && AWS_MANAGED.test(a.policy)) counts.set(a.policy, (counts.get(a.policy) ?? 0) + a.count)
  }
  return [...counts].map(([arn, n]) => {
    const name = AWS_MANAGED.exec(arn)?.[1] ?? arn
    const document = AWS_MANAGED_DOCUMENTS[name] ?? notInCode(`document of AWS-managed policy ${name}`)
    return {
      type: AWS.iamPolicy,
      name,
      attributes: { policyName: name, isAwsManaged: true, attachmentCount: n, defaultVersionId: '(AWS-managed)', document },
      ...(withSuffix ? { uidSuffix: name } : {}),
    }
  })
}

function tagsOf(r: IacResource): Record<string, string> {
  return r.language === 'terraform' ? tfTags(r.values) : cfnTags(r.values)
}

/** Relations to the managed policies a principal holds (declared ones by uid, others by literal ARN). */
function policyRelations(attached: Maybe<{ arn: string }[]>): Relation[] {
  if (isUnknown(attached)) return []
  return attached.filter((a) => a.arn !== AFTER_APPLY).map((a) => ({ kind: 'has-policy', target: a.arn }))
}

/** Terraform aws_iam_access_key / CloudFormation AWS::IAM::AccessKey resources of a user (Status defaults to Active). */
function accessKeysOf(ctx: AdaptContext, p: Principal): Maybe<AccessKey[]> {
  const keys: AccessKey[] = []
  for (const r of ctx.ofType('aws_iam_access_key', 'AWS::IAM::AccessKey')) {
    const tf = r.type === 'aws_iam_access_key'
    if (!designatesAny(ctx, tf ? r.values.user : r.values.UserName, p.r, p.literals)) continue
    const status = str(tf ? r.values.status : r.values.Status, 'Active')
    if (isUnknown(status)) return status
    // The creation date exists once applied; a check reading it (key age) is then not evaluated.
    const createDate = unseen<string>(notInCode('access key creation date'))
    keys.push({ id: r.address, status: status === 'Inactive' ? 'Inactive' : 'Active', createDate, lastUsedDate: notInCode('access key last use') })
  }
  return keys
}

/** Whether the user has a console password: Terraform aws_iam_user_login_profile, CloudFormation LoginProfile. */
function hasPassword(ctx: AdaptContext, p: Principal): Maybe<boolean> {
  if (p.r.language === 'cloudformation') {
    const profile = obj(p.r.values.LoginProfile)
    return isUnknown(profile) ? profile : profile !== null
  }
  return ctx.ofType('aws_iam_user_login_profile').some((r) => designatesAny(ctx, r.values.user, p.r, p.literals))
}

/** Group values naming the user's groups, from the user itself and from membership resources. */
function groupValues(ctx: AdaptContext, p: Principal): unknown[] {
  const out: unknown[] = []
  const add = (v: unknown) => {
    const named = items(v)
    if (!isUnknown(named)) out.push(...named)
  }
  if (p.r.language === 'cloudformation') add(p.r.values.Groups)
  for (const r of ctx.ofType('aws_iam_user_group_membership', 'aws_iam_group_membership', 'AWS::IAM::UserToGroupAddition')) {
    const v = r.values
    if (r.type === 'aws_iam_user_group_membership' && designatesAny(ctx, v.user, p.r, p.literals)) add(v.groups)
    if (r.type === 'aws_iam_group_membership' && designatesAny(ctx, v.users, p.r, p.literals)) add(v.group)
    if (r.type === 'AWS::IAM::UserToGroupAddition' && designatesAny(ctx, v.Users, p.r, p.literals)) add(v.GroupName)
  }
  return out
}

function user(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const p = principalOf(r)!
  const all = attachments(ctx)
  const attachedPolicies = attachedTo(ctx, p, all)
  const groups = groupValues(ctx, p).map((g) => {
    const declared = ctx.resolve(g)
    const group = declared && principalOf(declared)
    return group ? { name: group.name, target: ctx.uidOf(declared) } : { name: literal(g) ?? AFTER_APPLY }
  })
  const attributes: IamUserAttributes = {
    userName: p.name,
    userId: '',
    createDate: '',
    passwordEnabled: hasPassword(ctx, p),
    passwordLastUsed: notInCode('console password last use'),
    // A user enrols an MFA device with codes from it; code can create a virtual device but not enable it.
    mfaDevices: notInCode('MFA devices (enrolled by the user, not declared in code)'),
    accessKeys: accessKeysOf(ctx, p),
    attachedPolicies,
    inlinePolicies: inlineOf(ctx, p),
    groups: groups.map((g) => g.name),
  }
  const memberOf = groups.flatMap((g) => (g.target ? [{ kind: 'member-of', target: g.target }] : []))
  return [
    { type: AWS.iamUser, name: p.name, tags: tagsOf(r), attributes, relations: [...memberOf, ...policyRelations(attachedPolicies)] },
    ...awsManagedAt(r, all, true),
  ]
}

function group(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const p = principalOf(r)!
  const all = attachments(ctx)
  const attachedPolicies = attachedTo(ctx, p, all)
  const attributes: IamGroupAttributes = { groupName: p.name, attachedPolicies, inlinePolicies: inlineOf(ctx, p) }
  return [{ type: AWS.iamGroup, name: p.name, attributes, relations: policyRelations(attachedPolicies) }, ...awsManagedAt(r, all, true)]
}

function role(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const p = principalOf(r)!
  const tf = r.language === 'terraform'
  const all = attachments(ctx)
  const attachedPolicies = attachedTo(ctx, p, all)
  const pathValue = str(tf ? r.values.path : r.values.Path, '/')
  const path = typeof pathValue === 'string' ? pathValue : '/'
  const trust = policyOf(tf ? r.values.assume_role_policy : r.values.AssumeRolePolicyDocument)
  const attributes: IamRoleAttributes = {
    roleName: p.name,
    path,
    createDate: '',
    // Both languages require a trust policy; one missing from the evaluated values could not be read.
    trustPolicy: trust === null ? notInCode('trust policy (none could be read)') : trust,
    attachedPolicies,
    inlinePolicies: inlineOf(ctx, p),
    lastUsedDate: notInCode('role last use'),
    isServiceLinked: path.startsWith('/aws-service-role/'),
  }
  return [
    { type: AWS.iamRole, name: p.name, tags: tagsOf(r), attributes, relations: policyRelations(attachedPolicies) },
    ...awsManagedAt(r, all, true),
  ]
}

/** A customer-managed policy, counted as attached as many times as the code attaches it. */
function policy(r: IacResource, ctx: AdaptContext): AdaptedResource<IamPolicyAttributes>[] {
  const { name } = policyNameOf(r)
  const attachmentCount = attachments(ctx)
    .filter((a) => attachesPolicy(ctx, a, r))
    .reduce((n, a) => n + a.count, 0)
  const document = policyOf(r.language === 'terraform' ? r.values.policy : r.values.PolicyDocument)
  return [
    {
      type: AWS.iamPolicy,
      name,
      tags: tagsOf(r),
      attributes: {
        policyName: name,
        isAwsManaged: false,
        attachmentCount,
        // CreatePolicy makes the document version v1, the default.
        defaultVersionId: 'v1',
        document: document === null ? notInCode('policy document (none could be read)') : document,
      },
    },
  ]
}

/** A Terraform attachment resource yields the AWS-managed policy it attaches (customer policies are adapted from their own block). */
function attachmentSite(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  return awsManagedAt(r, attachments(ctx), false)
}

/** IAM principal and policy adapters (Terraform and CloudFormation). */
export const iamAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_iam_user'], produces: [AWS.iamUser, AWS.iamPolicy], adapt: user },
  { language: 'terraform', types: ['aws_iam_group'], produces: [AWS.iamGroup, AWS.iamPolicy], adapt: group },
  { language: 'terraform', types: ['aws_iam_role'], produces: [AWS.iamRole, AWS.iamPolicy], adapt: role },
  { language: 'terraform', types: ['aws_iam_policy'], produces: [AWS.iamPolicy], adapt: policy },
  {
    language: 'terraform',
    types: ['aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_role_policy_attachment', 'aws_iam_policy_attachment'],
    produces: [AWS.iamPolicy],
    adapt: attachmentSite,
  },
  { language: 'cloudformation', types: ['AWS::IAM::User'], produces: [AWS.iamUser, AWS.iamPolicy], adapt: user },
  { language: 'cloudformation', types: ['AWS::IAM::Group'], produces: [AWS.iamGroup, AWS.iamPolicy], adapt: group },
  { language: 'cloudformation', types: ['AWS::IAM::Role'], produces: [AWS.iamRole, AWS.iamPolicy], adapt: role },
  { language: 'cloudformation', types: ['AWS::IAM::ManagedPolicy'], produces: [AWS.iamPolicy], adapt: policy },
  // Read as parts of the principals they configure.
  partsAdapter('terraform', [
    'aws_iam_user_policy',
    'aws_iam_group_policy',
    'aws_iam_role_policy',
    'aws_iam_access_key',
    'aws_iam_user_login_profile',
    'aws_iam_user_group_membership',
    'aws_iam_group_membership',
  ]),
  partsAdapter('cloudformation', [
    'AWS::IAM::Policy',
    'AWS::IAM::UserPolicy',
    'AWS::IAM::GroupPolicy',
    'AWS::IAM::RolePolicy',
    'AWS::IAM::AccessKey',
    'AWS::IAM::UserToGroupAddition',
  ]),
]
