import type { Relation, Resource } from '../../core/resource.js'
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { S3BucketAcl, S3BucketRaw, S3PublicAccessBlockRaw, S3Raw } from '../../collect/aws/s3.js'
import {
  AWS,
  settingUid,
  type AclGrant,
  type PublicAccessBlock,
  type S3AccountPublicAccessBlockAttributes,
  type S3BucketAttributes,
} from './types.js'
import { awsResource, iso, maybePolicy, tagsOf, type NormalizeScope } from './helpers.js'

/** A call result mapped through `fn`, or Unknown carrying the failure reason. */
function mapResult<T, U>(r: CallResult<T>, api: string, fn: (value: T) => U): Maybe<U> {
  return r.ok ? fn(r.value) : unknown(`${api}: ${r.reason}`)
}

/** The four public-access-block switches; a switch the API leaves out is off. */
export function publicAccessBlockOf(c: S3PublicAccessBlockRaw | null): PublicAccessBlock | null {
  if (!c) return null
  return {
    blockPublicAcls: c.BlockPublicAcls ?? false,
    ignorePublicAcls: c.IgnorePublicAcls ?? false,
    blockPublicPolicy: c.BlockPublicPolicy ?? false,
    restrictPublicBuckets: c.RestrictPublicBuckets ?? false,
  }
}

/** ACL grants in the contract's shape; a grant without a grantee identifier is dropped (nothing to evaluate). */
function grantsOf(acl: S3BucketAcl): AclGrant[] {
  const out: AclGrant[] = []
  for (const g of acl.Grants ?? []) {
    const grantee = g.Grantee?.URI ?? g.Grantee?.ID ?? g.Grantee?.EmailAddress
    if (!grantee || !g.Grantee?.Type || !g.Permission) continue
    out.push({ granteeType: g.Grantee.Type, grantee, permission: g.Permission })
  }
  return out
}

/** Default encryption from the first rule (S3 applies one rule: https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionRule.html). */
function encryptionOf(raw: S3BucketRaw): S3BucketAttributes['encryption'] {
  return mapResult(raw.encryption, 's3:GetBucketEncryption', (c) => {
    const rule = c?.Rules?.[0]
    const sse = rule?.ApplyServerSideEncryptionByDefault
    if (!sse?.SSEAlgorithm) return null
    return { algorithm: sse.SSEAlgorithm, kmsKeyId: sse.KMSMasterKeyID ?? null, bucketKeyEnabled: rule?.BucketKeyEnabled ?? false }
  })
}

/** AWS partition of a region, for ARNs built from bare ids. */
function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/**
 * The KMS key ARN a bucket's SSE-KMS configuration names. KMSMasterKeyID may be a key id, key ARN, alias or alias
 * ARN; bare ids and aliases resolve in the bucket's account and region.
 */
export function kmsKeyArn(keyId: string, region: string, account: string): string {
  if (keyId.startsWith('arn:')) return keyId
  const prefix = `arn:${partitionOf(region)}:kms:${region}:${account}`
  return keyId.startsWith('alias/') ? `${prefix}:${keyId}` : `${prefix}:key/${keyId}`
}

/** The bucket's typed attributes; each failed per-bucket call leaves its own attribute Unknown. */
function bucketAttributes(raw: S3BucketRaw): S3BucketAttributes {
  return {
    bucketName: raw.bucket.Name ?? '',
    creationDate: iso(raw.bucket.CreationDate) ?? '',
    acl: mapResult(raw.acl, 's3:GetBucketAcl', (a) => ({ ownerId: a?.Owner?.ID ?? '', grants: a ? grantsOf(a) : [] })),
    policy: maybePolicy(raw.policy, 's3:GetBucketPolicy'),
    publicAccessBlock: mapResult(raw.publicAccessBlock, 's3:GetPublicAccessBlock', publicAccessBlockOf),
    encryption: encryptionOf(raw),
    // A bucket that never had versioning configured returns no Status (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html).
    versioning: mapResult(raw.versioning, 's3:GetBucketVersioning', (v) => ({
      status: v?.Status === 'Enabled' || v?.Status === 'Suspended' ? v.Status : 'Disabled',
      mfaDelete: v?.MFADelete === 'Enabled',
    })),
    logging: mapResult(raw.logging, 's3:GetBucketLogging', (l) =>
      l?.TargetBucket ? { targetBucket: l.TargetBucket, targetPrefix: l.TargetPrefix ?? '' } : null,
    ),
    ownership: mapResult(raw.ownership, 's3:GetBucketOwnershipControls', (o) => o?.Rules?.[0]?.ObjectOwnership ?? null),
  }
}

/** One bucket → aws.s3.bucket in its own region. */
function bucketResource(raw: S3BucketRaw, account: string): Resource<S3BucketAttributes> {
  const attributes = bucketAttributes(raw)
  const relations: Relation[] = []
  const enc = attributes.encryption
  if (enc && !isUnknown(enc) && enc.algorithm.startsWith('aws:kms') && enc.kmsKeyId) {
    relations.push({ kind: 'uses-kms-key', target: kmsKeyArn(enc.kmsKeyId, raw.region, account) })
  }
  return awsResource<S3BucketAttributes>({
    uid: `arn:aws:s3:::${attributes.bucketName}`,
    type: AWS.s3Bucket,
    account,
    region: raw.region,
    name: attributes.bucketName,
    // Tags are not a Maybe: a failed GetBucketTagging leaves them empty (the failure is recorded for the bucket).
    tags: raw.tags.ok ? tagsOf(raw.tags.value ?? []) : {},
    attributes,
    relations,
  })
}

/** S3 raw data → aws.s3.bucket for buckets in the scanned regions, plus aws.s3.account-public-access-block. */
export function normalizeS3(raw: S3Raw, scope: NormalizeScope): Resource[] {
  // Buckets outside the scanned regions are outside the scan, like any other regional resource there.
  const buckets = raw.buckets.filter((b) => scope.regions.includes(b.region)).map((b) => bucketResource(b, scope.account))
  const accountPab = awsResource<S3AccountPublicAccessBlockAttributes>({
    uid: settingUid(scope.account, 'global', 's3-account-public-access-block'),
    type: AWS.s3AccountPublicAccessBlock,
    account: scope.account,
    region: 'global',
    name: 's3-account-public-access-block',
    attributes: { config: mapResult(raw.accountPublicAccessBlock, 's3:GetAccountPublicAccessBlock', publicAccessBlockOf) },
  })
  return [accountPab, ...buckets]
}
