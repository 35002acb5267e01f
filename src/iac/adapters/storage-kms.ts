/**
 * KMS keys from code: Terraform `aws_kms_key` (+ `aws_kms_key_policy`), `aws_kms_external_key`,
 * `aws_kms_replica_key`; CloudFormation `AWS::KMS::Key` and `AWS::KMS::ReplicaKey`. Every key declared in code is
 * customer managed. Left-out settings take the CreateKey defaults: symmetric ENCRYPT_DECRYPT key, enabled,
 * automatic rotation off (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html,
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html).
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type KmsKeyAttributes, type PolicyDocument } from '../../normalize/aws/types.js'
import { afterApply, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { unattributed } from './storage-common.js'
import { bool, cfnTags, policyOf, str, tfTags, withUnknowns } from './values.js'

type Values = Readonly<Record<string, unknown>>

/**
 * The policy KMS attaches when CreateKey gets none: the account's root may use and manage the key through IAM.
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
function defaultKeyPolicy(account: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
    ],
  }
}

interface KeyFacts {
  enabled: Maybe<boolean | null>
  rotation: Maybe<boolean | null>
  spec: Maybe<string>
  usage: Maybe<string>
  origin: Maybe<string>
  policy: Maybe<PolicyDocument | null>
}

function keyResource(r: IacResource, facts: KeyFacts, tags: Record<string, string>): AdaptedResource<KmsKeyAttributes>[] {
  const { enabled, spec, usage, origin } = facts
  const keyState = isUnknown(enabled) ? enabled : enabled === false ? 'Disabled' : 'Enabled'
  const attributes = withUnknowns<KmsKeyAttributes>(
    {
      // The key id is generated at creation; the address names the key in messages.
      keyId: r.address,
      keyManager: 'CUSTOMER',
      keyState: isUnknown(keyState) ? '' : keyState,
      keySpec: isUnknown(spec) ? '' : spec,
      keyUsage: isUnknown(usage) ? '' : usage,
      origin: isUnknown(origin) ? '' : origin,
      rotationEnabled: facts.rotation,
      policy: facts.policy,
    },
    {
      ...(isUnknown(keyState) ? { keyState } : {}),
      ...(isUnknown(spec) ? { keySpec: spec } : {}),
      ...(isUnknown(usage) ? { keyUsage: usage } : {}),
      ...(isUnknown(origin) ? { origin } : {}),
    },
  )
  return [{ type: AWS.kmsKey, name: r.address, tags, attributes }]
}

/** Terraform origin: a custom key store makes the key AWS_CLOUDHSM or EXTERNAL_KEY_STORE. */
function tfOrigin(v: Values): Maybe<string> {
  if (v.xks_key_id !== undefined && v.xks_key_id !== null) return 'EXTERNAL_KEY_STORE'
  if (v.custom_key_store_id !== undefined && v.custom_key_store_id !== null) return 'AWS_CLOUDHSM'
  return 'AWS_KMS'
}

/** A key policy: a separate aws_kms_key_policy wins over the key's own argument; none → the default policy. */
function tfPolicy(r: IacResource, ctx: AdaptContext): Maybe<PolicyDocument | null> {
  const separate = ctx.referencing('aws_kms_key_policy', 'key_id', r)[0]
  const policy = policyOf(separate ? separate.values.policy : (unattributed(ctx, 'aws_kms_key_policy', 'key_id') ?? r.values.policy))
  return policy === null ? defaultKeyPolicy(ctx.account) : policy
}

function tfKey(r: IacResource, ctx: AdaptContext): AdaptedResource<KmsKeyAttributes>[] {
  const v = r.values
  return keyResource(
    r,
    {
      enabled: bool(v.is_enabled, true),
      rotation: bool(v.enable_key_rotation, false),
      spec: str(v.customer_master_key_spec, 'SYMMETRIC_DEFAULT'),
      usage: str(v.key_usage, 'ENCRYPT_DECRYPT'),
      origin: tfOrigin(v),
      policy: tfPolicy(r, ctx),
    },
    tfTags(v),
  )
}

/** Imported key material cannot rotate automatically; the check does not apply to origin EXTERNAL. */
function tfExternalKey(r: IacResource, ctx: AdaptContext): AdaptedResource<KmsKeyAttributes>[] {
  const v = r.values
  return keyResource(
    r,
    {
      enabled: bool(v.enabled, true),
      rotation: false,
      spec: str(v.key_spec, 'SYMMETRIC_DEFAULT'),
      usage: str(v.key_usage, 'ENCRYPT_DECRYPT'),
      origin: 'EXTERNAL',
      policy: tfPolicy(r, ctx),
    },
    tfTags(v),
  )
}

/** A replica shares the primary's key material and rotation; known when the primary is declared in the same code. */
function primaryRotation(primaryRef: unknown, ctx: AdaptContext): Maybe<boolean | null> {
  const primary = ctx.resolve(primaryRef)
  if (primary?.type === 'aws_kms_key') return bool(primary.values.enable_key_rotation, false)
  if (primary?.type === 'AWS::KMS::Key') return bool(primary.values.EnableKeyRotation, false)
  return afterApply('rotation of the primary key')
}

function tfReplicaKey(r: IacResource, ctx: AdaptContext): AdaptedResource<KmsKeyAttributes>[] {
  const v = r.values
  const primary = ctx.resolve(v.primary_key_arn)
  return keyResource(
    r,
    {
      enabled: bool(v.enabled, true),
      rotation: primaryRotation(v.primary_key_arn, ctx),
      spec: primary ? str(primary.values.customer_master_key_spec, 'SYMMETRIC_DEFAULT') : afterApply('key spec of the primary key'),
      usage: primary ? str(primary.values.key_usage, 'ENCRYPT_DECRYPT') : afterApply('key usage of the primary key'),
      origin: 'AWS_KMS',
      policy: tfPolicy(r, ctx),
    },
    tfTags(v),
  )
}

function cfnPolicy(value: unknown, ctx: AdaptContext): Maybe<PolicyDocument | null> {
  const policy = policyOf(value)
  return policy === null ? defaultKeyPolicy(ctx.account) : policy
}

function cfnKey(r: IacResource, ctx: AdaptContext): AdaptedResource<KmsKeyAttributes>[] {
  const v = r.values
  return keyResource(
    r,
    {
      enabled: bool(v.Enabled, true),
      rotation: bool(v.EnableKeyRotation, false),
      spec: str(v.KeySpec, 'SYMMETRIC_DEFAULT'),
      usage: str(v.KeyUsage, 'ENCRYPT_DECRYPT'),
      origin: str(v.Origin, 'AWS_KMS'),
      policy: cfnPolicy(v.KeyPolicy, ctx),
    },
    cfnTags(v),
  )
}

function cfnReplicaKey(r: IacResource, ctx: AdaptContext): AdaptedResource<KmsKeyAttributes>[] {
  const v = r.values
  const primary = ctx.resolve(v.PrimaryKeyArn)
  return keyResource(
    r,
    {
      enabled: bool(v.Enabled, true),
      rotation: primaryRotation(v.PrimaryKeyArn, ctx),
      spec: primary ? str(primary.values.KeySpec, 'SYMMETRIC_DEFAULT') : afterApply('key spec of the primary key'),
      usage: primary ? str(primary.values.KeyUsage, 'ENCRYPT_DECRYPT') : afterApply('key usage of the primary key'),
      origin: 'AWS_KMS',
      policy: cfnPolicy(v.KeyPolicy, ctx),
    },
    cfnTags(v),
  )
}

/** KMS key adapters (Terraform and CloudFormation). */
export const kmsAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_kms_key'], produces: [AWS.kmsKey], adapt: tfKey },
  { language: 'terraform', types: ['aws_kms_external_key'], produces: [AWS.kmsKey], adapt: tfExternalKey },
  { language: 'terraform', types: ['aws_kms_replica_key'], produces: [AWS.kmsKey], adapt: tfReplicaKey },
  { language: 'cloudformation', types: ['AWS::KMS::Key'], produces: [AWS.kmsKey], adapt: cfnKey },
  { language: 'cloudformation', types: ['AWS::KMS::ReplicaKey'], produces: [AWS.kmsKey], adapt: cfnReplicaKey },
  // Read as part of the key whose policy it sets.
  partsAdapter('terraform', ['aws_kms_key_policy']),
]
