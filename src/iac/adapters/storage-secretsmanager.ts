/**
 * Secrets Manager secrets from code: Terraform `aws_secretsmanager_secret` (+ `aws_secretsmanager_secret_rotation`,
 * `aws_secretsmanager_secret_policy`), CloudFormation `AWS::SecretsManager::Secret` (+ `RotationSchedule`,
 * `ResourcePolicy`). Left out: encrypted with the AWS managed key aws/secretsmanager, no rotation, no resource policy
 * (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html). When the secret was
 * created, last rotated or last read is not in code: checks on those are not evaluated.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../normalize/aws/types.js'
import { notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { keyLabel, kmsKeyRef, kmsRelations, literalName, partsFor, unattributed } from './storage-common.js'
import { block, cfnTags, num, obj, policyOf, tfTags, withUnknowns } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** Rotation as the rotation resource states it: on, every N days when AutomaticallyAfterDays is set (not a cron schedule). */
function rotationOf(rules: Maybe<Values | null>, daysKey: string): Maybe<{ enabled: boolean; days: number | null }> {
  if (isUnknown(rules)) return rules
  const days = num(rules?.[daysKey], null)
  return { enabled: true, days: isUnknown(days) ? null : days }
}

function secret(
  ctx: AdaptContext,
  fields: {
    name: string
    key: unknown
    policy: unknown
    rotation: Maybe<{ enabled: boolean; days: number | null }> | null
    tags: Record<string, string>
  },
): AdaptedResource<SecretsManagerSecretAttributes>[] {
  const key = kmsKeyRef(fields.key, ctx)
  const rotation = fields.rotation
  const attributes = withUnknowns<SecretsManagerSecretAttributes>(
    {
      secretName: fields.name,
      kmsKeyId: keyLabel(key.ref),
      rotationEnabled: rotation !== null && !isUnknown(rotation) && rotation.enabled,
      rotationIntervalDays: rotation !== null && !isUnknown(rotation) ? rotation.days : null,
      createdDate: null,
      lastRotatedDate: null,
      lastAccessedDate: null,
      deletedDate: null,
      owningService: null,
      policy: policyOf(fields.policy),
    },
    {
      createdDate: notInCode('creation date'),
      lastRotatedDate: notInCode('last rotation date'),
      lastAccessedDate: notInCode('last access date'),
      ...(isUnknown(rotation) ? { rotationEnabled: rotation } : {}),
    },
  )
  return [{ type: AWS.secretsmanagerSecret, name: fields.name, tags: fields.tags, attributes, relations: kmsRelations(key) }]
}

function tfSecret(r: IacResource, ctx: AdaptContext): AdaptedResource<SecretsManagerSecretAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'name', r)
  // secret_id / secret_arn take the secret's ARN (or name); a literal ARN carries a random suffix, so match by reference.
  const rotationRes = partsFor(ctx, 'aws_secretsmanager_secret_rotation', 'secret_id', r, (s) => s === name)[0]
  const policyRes = partsFor(ctx, 'aws_secretsmanager_secret_policy', 'secret_arn', r, (s) => s === name)[0]
  const rotation = rotationRes
    ? rotationOf(block(rotationRes.values, 'rotation_rules'), 'automatically_after_days')
    : (unattributed(ctx, 'aws_secretsmanager_secret_rotation', 'secret_id') ?? null)
  const policy = policyRes ? policyRes.values.policy : (unattributed(ctx, 'aws_secretsmanager_secret_policy', 'secret_arn') ?? v.policy)
  return secret(ctx, { name, key: v.kms_key_id, policy, rotation, tags: tfTags(v) })
}

function cfnSecret(r: IacResource, ctx: AdaptContext): AdaptedResource<SecretsManagerSecretAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'Name', r)
  const rotationRes = partsFor(ctx, 'AWS::SecretsManager::RotationSchedule', 'SecretId', r, (s) => s === name)[0]
  const policyRes = partsFor(ctx, 'AWS::SecretsManager::ResourcePolicy', 'SecretId', r, (s) => s === name)[0]
  const rotation = rotationRes
    ? rotationOf(obj(rotationRes.values.RotationRules), 'AutomaticallyAfterDays')
    : (unattributed(ctx, 'AWS::SecretsManager::RotationSchedule', 'SecretId') ?? null)
  const policy = policyRes ? policyRes.values.ResourcePolicy : unattributed(ctx, 'AWS::SecretsManager::ResourcePolicy', 'SecretId')
  return secret(ctx, { name, key: v.KmsKeyId, policy, rotation, tags: cfnTags(v) })
}

/** Secrets Manager adapters (Terraform and CloudFormation). */
export const secretsManagerAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_secretsmanager_secret'], produces: [AWS.secretsmanagerSecret], adapt: tfSecret },
  { language: 'cloudformation', types: ['AWS::SecretsManager::Secret'], produces: [AWS.secretsmanagerSecret], adapt: cfnSecret },
  // Read as parts of the secret they configure.
  partsAdapter('terraform', ['aws_secretsmanager_secret_rotation', 'aws_secretsmanager_secret_policy']),
  partsAdapter('cloudformation', ['AWS::SecretsManager::RotationSchedule', 'AWS::SecretsManager::ResourcePolicy']),
]
