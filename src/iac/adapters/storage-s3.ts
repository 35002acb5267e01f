/**
 * S3 buckets from code. A Terraform bucket is assembled from `aws_s3_bucket` and the resources that configure it
 * (provider v4+ split them out), a CloudFormation bucket from `AWS::S3::Bucket` and `AWS::S3::BucketPolicy`.
 * Settings the code leaves out take S3's documented defaults for new buckets (since April 2023: SSE-S3 encryption,
 * Block Public Access on, ACLs disabled): https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-bucket-overview.html
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type AclGrant,
  type PublicAccessBlock,
  type S3AccountPublicAccessBlockAttributes,
  type S3BucketAttributes,
} from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, isUnset, obj, policyOf, str, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers'
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery'

const group = (grantee: string, permission: AclGrant['permission']): AclGrant => ({ granteeType: 'Group', grantee, permission })

/** Grants a canned ACL adds beyond the owner's FULL_CONTROL (https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl). */
const CANNED: Record<string, AclGrant[]> = {
  private: [],
  'public-read': [group(ALL_USERS, 'READ')],
  'public-read-write': [group(ALL_USERS, 'READ'), group(ALL_USERS, 'WRITE')],
  'authenticated-read': [group(AUTHENTICATED_USERS, 'READ')],
  'log-delivery-write': [group(LOG_DELIVERY, 'WRITE'), group(LOG_DELIVERY, 'READ_ACP')],
  'aws-exec-read': [],
  'bucket-owner-read': [],
  'bucket-owner-full-control': [],
}

/** CloudFormation's AccessControl names → the canned ACL names. */
const CFN_CANNED: Record<string, string> = {
  Private: 'private',
  PublicRead: 'public-read',
  PublicReadWrite: 'public-read-write',
  AuthenticatedRead: 'authenticated-read',
  LogDeliveryWrite: 'log-delivery-write',
  AwsExecRead: 'aws-exec-read',
  BucketOwnerRead: 'bucket-owner-read',
  BucketOwnerFullControl: 'bucket-owner-full-control',
}

function cannedAcl(name: Maybe<string | null>): S3BucketAttributes['acl'] {
  if (isUnknown(name)) return name
  const grants = CANNED[name ?? 'private']
  return grants ? { ownerId: '', grants } : unknown(`unrecognised canned ACL ${JSON.stringify(name)}`)
}

/** Grants of a Terraform `access_control_policy { grant { grantee { type, uri|id|email_address } permission } }`. */
function explicitAcl(policy: Values): S3BucketAttributes['acl'] {
  const grants = blocks(policy, 'grant')
  if (isUnknown(grants)) return grants
  const out: AclGrant[] = []
  for (const g of grants) {
    const grantee = block(g, 'grantee')
    if (isUnknown(grantee)) return grantee
    const permission = str(g.permission, null)
    if (isUnknown(permission)) return permission
    if (!grantee || !permission) continue
    const type = str(grantee.type, null)
    const who = str(grantee.uri ?? grantee.id ?? grantee.email_address, null)
    if (isUnknown(type)) return type
    if (isUnknown(who)) return who
    if (!type || !who) continue
    out.push({ granteeType: type as AclGrant['granteeType'], grantee: who, permission: permission as AclGrant['permission'] })
  }
  return { ownerId: '', grants: out }
}

/** Terraform public access block fields (each defaults to false when the resource exists). */
function tfPab(v: Values): Maybe<PublicAccessBlock> {
  const fields = {
    blockPublicAcls: bool(v.block_public_acls, false),
    ignorePublicAcls: bool(v.ignore_public_acls, false),
    blockPublicPolicy: bool(v.block_public_policy, false),
    restrictPublicBuckets: bool(v.restrict_public_buckets, false),
  }
  for (const value of Object.values(fields)) if (isUnknown(value)) return value
  return fields as PublicAccessBlock
}

/** Block Public Access as S3 applies it to new buckets when nothing is configured. */
const NEW_BUCKET_PAB: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }
/** Default encryption S3 applies to every bucket without a configuration (SSE-S3). */
const NEW_BUCKET_ENCRYPTION = { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false }

function first(ctx: AdaptContext, type: string, bucket: IacResource, ids: readonly unknown[]): IacResource | undefined {
  return ctx.referencing(type, 'bucket', bucket, ids)[0]
}

/** An encryption rule `{ apply_server_side_encryption_by_default { sse_algorithm, kms_master_key_id }, bucket_key_enabled }`. */
function tfEncryptionRule(config: Values): S3BucketAttributes['encryption'] {
  const rule = block(config, 'rule')
  if (isUnknown(rule)) return rule
  if (!rule) return NEW_BUCKET_ENCRYPTION
  const sse = block(rule, 'apply_server_side_encryption_by_default')
  if (isUnknown(sse)) return sse
  if (!sse) return NEW_BUCKET_ENCRYPTION
  const algorithm = str(sse.sse_algorithm, 'AES256')
  const keyId = sse.kms_master_key_id
  const bucketKey = bool(rule.bucket_key_enabled, false)
  if (isUnknown(algorithm)) return algorithm
  if (isUnknown(bucketKey)) return bucketKey
  // A key declared in the same code is known by reference only; its ARN exists after apply.
  const kmsKeyId = isUnset(keyId) ? null : typeof keyId === 'string' ? keyId : 'known after apply'
  return { algorithm, kmsKeyId, bucketKeyEnabled: bucketKey === true }
}

function tfBucket(r: IacResource, ctx: AdaptContext): AdaptedResource<S3BucketAttributes>[] {
  const v = r.values
  const name = str(v.bucket, null)
  const bucketName = typeof name === 'string' ? name : r.address
  const ids = typeof name === 'string' ? [name] : []

  const versioningRes = first(ctx, 'aws_s3_bucket_versioning', r, ids)
  let versioning: S3BucketAttributes['versioning']
  if (versioningRes) {
    const conf = block(versioningRes.values, 'versioning_configuration')
    const status = isUnknown(conf) ? conf : str(conf?.status, 'Disabled')
    const mfa = isUnknown(conf) ? conf : str(conf?.mfa_delete, 'Disabled')
    versioning =
      isUnknown(status) || isUnknown(mfa)
        ? isUnknown(status)
          ? status
          : (mfa as ReturnType<typeof unknown>)
        : { status: status === 'Enabled' || status === 'Suspended' ? status : 'Disabled', mfaDelete: mfa === 'Enabled' }
  } else {
    const legacy = block(v, 'versioning')
    if (isUnknown(legacy)) versioning = legacy
    else {
      const enabled = bool(legacy?.enabled, false)
      const mfa = bool(legacy?.mfa_delete, false)
      versioning = isUnknown(enabled) ? enabled : isUnknown(mfa) ? mfa : { status: enabled ? 'Enabled' : 'Disabled', mfaDelete: mfa === true }
    }
  }

  const loggingRes = first(ctx, 'aws_s3_bucket_logging', r, ids)
  const legacyLogging = block(v, 'logging')
  const loggingValues = loggingRes?.values ?? (isUnknown(legacyLogging) ? undefined : legacyLogging)
  let logging: S3BucketAttributes['logging']
  if (isUnknown(legacyLogging) && !loggingRes) logging = legacyLogging
  else if (!loggingValues) logging = null
  else {
    const target = str(loggingValues.target_bucket, null)
    const prefix = str(loggingValues.target_prefix, '')
    logging = { targetBucket: typeof target === 'string' ? target : '(known after apply)', targetPrefix: typeof prefix === 'string' ? prefix : '' }
  }

  const sseRes = first(ctx, 'aws_s3_bucket_server_side_encryption_configuration', r, ids)
  const legacySse = block(v, 'server_side_encryption_configuration')
  const encryption: S3BucketAttributes['encryption'] = sseRes
    ? tfEncryptionRule(sseRes.values)
    : isUnknown(legacySse)
      ? legacySse
      : legacySse
        ? tfEncryptionRule(legacySse)
        : NEW_BUCKET_ENCRYPTION

  const pabRes = first(ctx, 'aws_s3_bucket_public_access_block', r, ids)
  const publicAccessBlock = pabRes ? tfPab(pabRes.values) : NEW_BUCKET_PAB

  const policyRes = first(ctx, 'aws_s3_bucket_policy', r, ids)
  const policy = policyOf(policyRes ? policyRes.values.policy : v.policy)

  const aclRes = first(ctx, 'aws_s3_bucket_acl', r, ids)
  let acl: S3BucketAttributes['acl']
  if (aclRes) {
    const explicit = block(aclRes.values, 'access_control_policy')
    acl = isUnknown(explicit) ? explicit : explicit ? explicitAcl(explicit) : cannedAcl(str(aclRes.values.acl, 'private'))
  } else acl = cannedAcl(str(v.acl, 'private'))

  const ownershipRes = first(ctx, 'aws_s3_bucket_ownership_controls', r, ids)
  let ownership: S3BucketAttributes['ownership'] = 'BucketOwnerEnforced'
  if (ownershipRes) {
    const rule = block(ownershipRes.values, 'rule')
    const value = isUnknown(rule) ? rule : str(rule?.object_ownership, null)
    ownership = isUnknown(value) ? value : ((value ?? null) as S3BucketAttributes['ownership'])
  }

  const relations = kmsRelation(encryption, tfKeyOf(sseRes ? sseRes.values : legacySse), ctx)
  return [
    {
      type: AWS.s3Bucket,
      name: bucketName,
      tags: tfTags(v),
      attributes: { bucketName, creationDate: '', acl, policy, publicAccessBlock, encryption, versioning, logging, ownership },
      relations,
    },
  ]
}

/** 'uses-kms-key' to a key declared in the same code (by its uid) or named by ARN. */
function kmsRelation(encryption: S3BucketAttributes['encryption'], config: unknown, ctx: AdaptContext): { kind: string; target: string }[] {
  if (!encryption || isUnknown(encryption) || !encryption.algorithm.startsWith('aws:kms')) return []
  const key = ctx.resolve(config)
  if (key) return [{ kind: 'uses-kms-key', target: ctx.uidOf(key) }]
  return encryption.kmsKeyId?.startsWith('arn:') ? [{ kind: 'uses-kms-key', target: encryption.kmsKeyId }] : []
}

/** The kms_master_key_id a Terraform encryption configuration names (as written: literal or reference). */
function tfKeyOf(config: Values | null | ReturnType<typeof unknown>): unknown {
  if (!config || isUnknown(config)) return undefined
  const rule = block(config, 'rule')
  const sse = rule && !isUnknown(rule) ? block(rule, 'apply_server_side_encryption_by_default') : null
  return sse && !isUnknown(sse) ? sse.kms_master_key_id : undefined
}

function tfAccountPab(r: IacResource): AdaptedResource<S3AccountPublicAccessBlockAttributes>[] {
  return [{ type: AWS.s3AccountPublicAccessBlock, name: 's3-account-public-access-block', attributes: { config: tfPab(r.values) } }]
}

// ---------------------------------------------------------------- CloudFormation

function cfnPab(v: Values | null): Maybe<PublicAccessBlock> {
  if (v === null) return NEW_BUCKET_PAB
  const fields = {
    blockPublicAcls: bool(v.BlockPublicAcls, false),
    ignorePublicAcls: bool(v.IgnorePublicAcls, false),
    blockPublicPolicy: bool(v.BlockPublicPolicy, false),
    restrictPublicBuckets: bool(v.RestrictPublicBuckets, false),
  }
  for (const value of Object.values(fields)) if (isUnknown(value)) return value
  return fields as PublicAccessBlock
}

function cfnEncryption(v: Values): S3BucketAttributes['encryption'] {
  const be = obj(v.BucketEncryption)
  if (isUnknown(be)) return be
  if (!be) return NEW_BUCKET_ENCRYPTION
  const rules = be.ServerSideEncryptionConfiguration
  if (isUnknown(rules)) return rules
  const rule = Array.isArray(rules) ? (rules[0] as Values | undefined) : undefined
  if (!rule || typeof rule !== 'object') return NEW_BUCKET_ENCRYPTION
  if (isUnknown(rule)) return rule
  const sse = obj(rule.ServerSideEncryptionByDefault)
  if (isUnknown(sse)) return sse
  if (!sse) return NEW_BUCKET_ENCRYPTION
  const algorithm = str(sse.SSEAlgorithm, 'AES256')
  const bucketKey = bool(rule.BucketKeyEnabled, false)
  if (isUnknown(algorithm)) return algorithm
  if (isUnknown(bucketKey)) return bucketKey
  const key = sse.KMSMasterKeyID
  return { algorithm, kmsKeyId: isUnset(key) ? null : typeof key === 'string' ? key : 'known after apply', bucketKeyEnabled: bucketKey === true }
}

function cfnBucket(r: IacResource, ctx: AdaptContext): AdaptedResource<S3BucketAttributes>[] {
  const v = r.values
  const name = str(v.BucketName, null)
  const bucketName = typeof name === 'string' ? name : r.address
  const ids = typeof name === 'string' ? [name] : []

  const vc = obj(v.VersioningConfiguration)
  const status = isUnknown(vc) ? vc : str(vc?.Status, 'Disabled')
  const versioning: S3BucketAttributes['versioning'] = isUnknown(status)
    ? status
    : { status: status === 'Enabled' || status === 'Suspended' ? status : 'Disabled', mfaDelete: false }

  const lc = obj(v.LoggingConfiguration)
  let logging: S3BucketAttributes['logging']
  if (isUnknown(lc)) logging = lc
  else if (!lc) logging = null
  else {
    // Without DestinationBucketName, S3 delivers the logs to the bucket itself.
    const target = str(lc.DestinationBucketName, bucketName)
    const prefix = str(lc.LogFilePrefix, '')
    logging = { targetBucket: typeof target === 'string' ? target : '(known after deploy)', targetPrefix: typeof prefix === 'string' ? prefix : '' }
  }

  const pabValue = obj(v.PublicAccessBlockConfiguration)
  const publicAccessBlock = isUnknown(pabValue) ? pabValue : cfnPab(pabValue)

  const policies = ctx
    .ofType('AWS::S3::BucketPolicy')
    .filter((p) => ctx.resolve(p.values.Bucket) === r || (ids.length > 0 && p.values.Bucket === ids[0]))
  const policy = policyOf(policies[0]?.values.PolicyDocument)

  const access = str(v.AccessControl, 'Private')
  const acl = isUnknown(access) ? access : cannedAcl(CFN_CANNED[access] ?? access)

  const oc = obj(v.OwnershipControls)
  let ownership: S3BucketAttributes['ownership'] = 'BucketOwnerEnforced'
  if (isUnknown(oc)) ownership = oc
  else if (oc) {
    const rules = oc.Rules
    const rule = Array.isArray(rules) ? (rules[0] as Values | undefined) : undefined
    const value = rule ? str(rule.ObjectOwnership, null) : null
    ownership = isUnknown(value) ? value : ((value ?? null) as S3BucketAttributes['ownership'])
  }

  const encryption = cfnEncryption(v)
  const rules = obj(v.BucketEncryption)
  const firstRule =
    rules && !isUnknown(rules) && Array.isArray(rules.ServerSideEncryptionConfiguration)
      ? (rules.ServerSideEncryptionConfiguration[0] as Values)
      : undefined
  const sse = firstRule ? obj(firstRule.ServerSideEncryptionByDefault) : null
  const relations = kmsRelation(encryption, sse && !isUnknown(sse) ? sse.KMSMasterKeyID : undefined, ctx)
  return [
    {
      type: AWS.s3Bucket,
      name: bucketName,
      tags: cfnTags(v),
      attributes: { bucketName, creationDate: '', acl, policy, publicAccessBlock, encryption, versioning, logging, ownership },
      relations,
    },
  ]
}

/** S3 adapters (Terraform and CloudFormation). */
export const s3Adapters: Adapter[] = [
  { language: 'terraform', types: ['aws_s3_bucket'], produces: [AWS.s3Bucket], adapt: tfBucket },
  { language: 'terraform', types: ['aws_s3_account_public_access_block'], produces: [AWS.s3AccountPublicAccessBlock], adapt: tfAccountPab },
  { language: 'cloudformation', types: ['AWS::S3::Bucket'], produces: [AWS.s3Bucket], adapt: cfnBucket },
  // Read as parts of the bucket they configure.
  partsAdapter('terraform', [
    'aws_s3_bucket_versioning',
    'aws_s3_bucket_logging',
    'aws_s3_bucket_server_side_encryption_configuration',
    'aws_s3_bucket_public_access_block',
    'aws_s3_bucket_policy',
    'aws_s3_bucket_acl',
    'aws_s3_bucket_ownership_controls',
  ]),
  partsAdapter('cloudformation', ['AWS::S3::BucketPolicy']),
]
