/**
 * Verdicts shared by the S3 "no public read / no public write" checks: the ACL pair and the bucket-policy pair differ
 * only in the permissions or actions they look for and the words of their messages.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 */
import type { Resource } from '../../core/resource.js'
import { known } from '../../core/unknown.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { S3BucketAttributes } from '../../normalize/aws/types.js'
import {
  ACL_READ_PERMISSIONS,
  ACL_WRITE_PERMISSIONS,
  describeFlag,
  describeGrant,
  effectiveFlag,
  publicGrants,
  publicStatementLabels,
  S3_READ_ACTIONS,
  S3_WRITE_ACTIONS,
} from './s3-access.js'

/** The kind of public access a check forbids. */
export type S3Access = 'read' | 'write'

/** PASS unless the bucket ACL grants `access` to AllUsers / AuthenticatedUsers and IgnorePublicAcls is off at both levels. */
export function publicAclVerdict(bucket: Resource<S3BucketAttributes>, access: S3Access, result: ResultBuilder, ctx: CheckContext): Verdict {
  const name = bucket.attributes.bucketName
  const permissions = access === 'read' ? ACL_READ_PERMISSIONS : ACL_WRITE_PERMISSIONS
  const open = publicGrants(known(bucket.attributes.acl, 'bucket ACL').grants, permissions)
  if (open.length === 0) return result.pass(`The ACL of ${name} grants no ${access} permission to AllUsers or AuthenticatedUsers.`)
  const grants = open.map(describeGrant).join(', ')
  // With IgnorePublicAcls, S3 ignores public grants when authorizing requests.
  const ignore = effectiveFlag(bucket, ctx.inventory, 'ignorePublicAcls')
  return ignore.via
    ? result.pass(`The ACL of ${name} grants ${grants}, but S3 does not honour it because ${describeFlag('ignorePublicAcls', ignore.via)} is on.`)
    : result.fail(`The ACL of ${name} grants ${grants}, and IgnorePublicAcls is off at bucket and account level.`)
}

// What each policy check looks for, and how its messages name it.
const POLICY_ACCESS = {
  read: { actions: S3_READ_ACTIONS, none: 'public read or list access', some: 'public read', open: 'anyone to read or list it' },
  write: { actions: S3_WRITE_ACTIONS, none: 'public write, delete or permission changes', some: 'public writes', open: 'anyone to write to it' },
} as const

/** PASS unless a bucket-policy statement allows anyone `access` and RestrictPublicBuckets is off at both levels. */
export function publicPolicyVerdict(bucket: Resource<S3BucketAttributes>, access: S3Access, result: ResultBuilder, ctx: CheckContext): Verdict {
  const name = bucket.attributes.bucketName
  const words = POLICY_ACCESS[access]
  const policy = known(bucket.attributes.policy, 'bucket policy')
  if (policy === null) return result.pass(`Bucket ${name} has no bucket policy.`)
  const open = publicStatementLabels(policy, words.actions)
  if (open.length === 0) return result.pass(`No statement of the policy of ${name} allows ${words.none}.`)
  // RestrictPublicBuckets limits a public policy to AWS services and the owner account's principals.
  const restrict = effectiveFlag(bucket, ctx.inventory, 'restrictPublicBuckets')
  return restrict.via
    ? result.pass(
        `The policy of ${name} allows ${words.some} in ${open.join(', ')}, but ${describeFlag('restrictPublicBuckets', restrict.via)} blocks public access.`,
      )
    : result.fail(`The policy of ${name} allows ${words.open} in ${open.join(', ')}, and RestrictPublicBuckets is off.`)
}
