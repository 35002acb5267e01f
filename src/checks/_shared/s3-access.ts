/**
 * S3 access helpers shared by the bucket checks: public ACL grants, the effective public access block
 * (bucket-level OR account-level switch), public policy statements and TLS-only policies.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 */
import type { Inventory } from '../../core/inventory.js'
import type { Resource } from '../../core/resource.js'
import { isUnknown, known, NotCollectedError, unknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type AclGrant,
  type PolicyDocument,
  type PolicyStatement,
  type PublicAccessBlock,
  type S3AccountPublicAccessBlockAttributes,
  type S3BucketAttributes,
} from '../../normalize/aws/types.js'
import { asList, principalsOf, publicStatements, statementLabel, statements } from './iam-policy.js'

/** ACL grantee group for everyone, anonymous requests included. */
export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers'
/** ACL grantee group for any AWS account holder (any signed request), which is effectively public too. */
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'

/** ACL permissions that let the grantee read objects or the ACL (FULL_CONTROL implies both). */
export const ACL_READ_PERMISSIONS: readonly AclGrant['permission'][] = ['READ', 'READ_ACP', 'FULL_CONTROL']
/** ACL permissions that let the grantee write objects or rewrite the ACL (FULL_CONTROL implies both). */
export const ACL_WRITE_PERMISSIONS: readonly AclGrant['permission'][] = ['WRITE', 'WRITE_ACP', 'FULL_CONTROL']

const PUBLIC_GROUPS: Record<string, string> = { [ALL_USERS_URI]: 'AllUsers', [AUTHENTICATED_USERS_URI]: 'AuthenticatedUsers' }

/** The short group name (AllUsers / AuthenticatedUsers) when a grant goes to a public group, else null. */
export function publicGroupOf(grant: AclGrant): string | null {
  if (grant.granteeType !== 'Group') return null
  // Some tools write the URI over https; S3 itself reports http.
  return PUBLIC_GROUPS[grant.grantee.replace(/^https:/, 'http:')] ?? null
}

/** Grants to AllUsers or AuthenticatedUsers with one of `permissions`. */
export function publicGrants(grants: readonly AclGrant[], permissions: readonly AclGrant['permission'][]): AclGrant[] {
  return grants.filter((g) => publicGroupOf(g) !== null && permissions.includes(g.permission))
}

/** A grant as "READ to AllUsers". */
export function describeGrant(grant: AclGrant): string {
  return `${grant.permission} to ${publicGroupOf(grant) ?? grant.grantee}`
}

/** The four public access block switches, in the order the console and API list them. */
export const PAB_FLAGS: readonly (keyof PublicAccessBlock)[] = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets']

/** A switch by its API name (BlockPublicAcls, ...), for messages. */
export function flagName(flag: keyof PublicAccessBlock): string {
  return flag.charAt(0).toUpperCase() + flag.slice(1)
}

/**
 * The account-level public access block of `account`: null when not configured, Unknown when its collection
 * failed or it is missing from the inventory (a live scan always emits it, so absence means "not seen").
 */
export function accountPublicAccessBlock(inventory: Inventory, account: string): Maybe<PublicAccessBlock | null> {
  let list: Resource<S3AccountPublicAccessBlockAttributes>[]
  try {
    list = inventory.resources<S3AccountPublicAccessBlockAttributes>(AWS.s3AccountPublicAccessBlock, { account })
  } catch (err) {
    if (err instanceof NotCollectedError) return unknown(err.reason)
    throw err
  }
  const setting = list[0]
  return setting ? setting.attributes.config : unknown(`account-level S3 public access block of ${account} is not in the inventory`)
}

/** Whether a switch is in force for a bucket, and at which level ('bucket' wins when both are set). */
export interface EffectiveFlag {
  enabled: boolean
  via: 'bucket' | 'account' | null
}

/**
 * Whether `flag` is in force for the bucket: S3 applies the most restrictive combination of the bucket and account
 * settings, so either level being on is enough. Throws NotCollectedError only when neither level is known to be on
 * and one of them was not collected (the answer would otherwise be a guess).
 */
export function effectiveFlag(bucket: Resource<S3BucketAttributes>, inventory: Inventory, flag: keyof PublicAccessBlock): EffectiveFlag {
  const atBucket = bucket.attributes.publicAccessBlock
  if (!isUnknown(atBucket) && atBucket?.[flag] === true) return { enabled: true, via: 'bucket' }
  const atAccount = accountPublicAccessBlock(inventory, bucket.account)
  if (!isUnknown(atAccount) && atAccount?.[flag] === true) return { enabled: true, via: 'account' }
  known(atBucket, 'bucket public access block')
  known(atAccount, 'account public access block')
  return { enabled: false, via: null }
}

/** "IgnorePublicAcls (set at account level)" for messages about a switch in force. */
export function describeFlag(flag: keyof PublicAccessBlock, via: 'bucket' | 'account'): string {
  return `${flagName(flag)} (set at ${via} level)`
}

/** Actions that read data or list keys; a statement matching any of them (s3:Get*, s3:*, * ...) is a public read. */
export const S3_READ_ACTIONS: readonly string[] = ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions']
/** Actions that change data or take over access control; a statement matching any of them is a public write. */
export const S3_WRITE_ACTIONS: readonly string[] = [
  's3:PutObject',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:PutObjectAcl',
  's3:PutBucketPolicy',
  's3:PutBucketAcl',
]

/**
 * Labels (`statement "Sid"` / `statement #n`) of the statements that allow anyone to perform one of `actions`
 * without a restricting condition (see publicStatements in iam-policy.ts).
 */
export function publicStatementLabels(doc: PolicyDocument, actions: readonly string[]): string[] {
  return statements(doc)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => publicStatements({ Statement: [s] }, actions).length > 0)
    .map(({ s, i }) => statementLabel(s, i))
}

/** A condition block's entry for `key`, matching operator and key names case-insensitively (IAM does). */
function conditionValues(stmt: PolicyStatement, operators: readonly string[], key: string): string[] {
  const out: string[] = []
  for (const [op, block] of Object.entries(stmt.Condition ?? {})) {
    if (!operators.includes(op.toLowerCase()) || typeof block !== 'object' || block === null) continue
    for (const [k, v] of Object.entries(block)) {
      if (k.toLowerCase() === key) out.push(...(Array.isArray(v) ? v : [v]).map((x) => String(x).toLowerCase()))
    }
  }
  return out
}

/** True when the statement applies to every principal: `"*"` or `{"AWS": "*"}` (NotPrincipal exempts someone). */
function appliesToEveryone(stmt: PolicyStatement): boolean {
  if (stmt.NotPrincipal !== undefined) return false
  return principalsOf(stmt).some((p) => p.type === '*' || (p.type === 'AWS' && p.value === '*'))
}

/**
 * True for a statement that refuses requests not made over TLS: Deny, every principal, `s3:*` or `*`, and a condition
 * `Bool aws:SecureTransport false` (string or boolean) or `NumericLessThanIfExists s3:TlsVersion <v>`. A plain
 * `NumericLessThan s3:TlsVersion` does not count: plain-HTTP requests carry no TLS version, the condition is then
 * false and the Deny never applies (IAM condition evaluation on missing keys).
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
 */
export function isTlsOnlyStatement(stmt: PolicyStatement): boolean {
  if (stmt.Effect !== 'Deny' || !appliesToEveryone(stmt)) return false
  if (!asList(stmt.Action).some((a) => a === '*' || a.toLowerCase() === 's3:*')) return false
  const insecure = conditionValues(stmt, ['bool', 'boolifexists'], 'aws:securetransport').includes('false')
  const oldTls = conditionValues(stmt, ['numericlessthanifexists'], 's3:tlsversion').length > 0
  return insecure || oldTls
}
