/**
 * AWS Backup from code. Vaults: Terraform `aws_backup_vault` (+ `aws_backup_vault_lock_configuration`,
 * `aws_backup_vault_policy`) and `aws_backup_logically_air_gapped_vault`; CloudFormation `AWS::Backup::BackupVault`
 * (lock and access policy inline) and `AWS::Backup::LogicallyAirGappedBackupVault`. Plans: `aws_backup_plan`,
 * `AWS::Backup::BackupPlan`. Left out: the vault encrypts with the AWS managed key aws/backup, has no lock and no
 * access policy; a rule without a lifecycle keeps recovery points until deleted by hand
 * (https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupVault.html,
 * https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Lifecycle.html).
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { AWS, type BackupPlanAttributes, type BackupPlanRule, type BackupVaultAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { byName, keyLabel, kmsKeyRef, kmsRelations, literalName, partsFor, unattributed } from './storage-common.js'
import { block, blocks, cfnTags, num, obj, policyOf, str, tfTags, withUnknowns } from './values.js'

type Values = Readonly<Record<string, unknown>>

interface LockFields {
  min: unknown
  max: unknown
  changeable: unknown
}

/** Vault Lock: governance mode unless a changeable period is set, after which it becomes immutable (compliance). */
function lockOf(fields: LockFields | null): Pick<BackupVaultAttributes, 'locked' | 'minRetentionDays' | 'maxRetentionDays' | 'lockDate'> {
  if (!fields) return { locked: false, minRetentionDays: null, maxRetentionDays: null, lockDate: null }
  const min = num(fields.min, null)
  const max = num(fields.max, null)
  const changeable = num(fields.changeable, null)
  return {
    locked: true,
    minRetentionDays: isUnknown(min) ? null : min,
    maxRetentionDays: isUnknown(max) ? null : max,
    // The lock date is the apply date plus the changeable period; only its existence is known from code.
    lockDate: changeable === null ? null : `after apply + ${isUnknown(changeable) ? '?' : changeable} days`,
  }
}

function vault(
  r: IacResource,
  ctx: AdaptContext,
  fields: { name: string; type: string; key: unknown; policy: unknown; lock: LockFields | null; tags: Record<string, string> },
): AdaptedResource<BackupVaultAttributes>[] {
  const key = kmsKeyRef(fields.key, ctx)
  const attributes: BackupVaultAttributes = {
    vaultName: fields.name,
    vaultType: fields.type,
    encryptionKeyArn: keyLabel(key.ref),
    ...lockOf(fields.lock),
    policy: policyOf(fields.policy),
  }
  return [{ type: AWS.backupVault, name: fields.name, tags: fields.tags, attributes, relations: kmsRelations(key) }]
}

function tfVault(r: IacResource, ctx: AdaptContext): AdaptedResource<BackupVaultAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'name', r)
  const lockRes = partsFor(ctx, 'aws_backup_vault_lock_configuration', 'backup_vault_name', r, byName(ids))[0]
  const lock = lockRes
    ? { min: lockRes.values.min_retention_days, max: lockRes.values.max_retention_days, changeable: lockRes.values.changeable_for_days }
    : null
  const adapted = vault(r, ctx, { name, type: 'BACKUP_VAULT', key: v.kms_key_arn, policy: tfVaultPolicy(r, ctx, ids), lock, tags: tfTags(v) })
  const lockUnknown = lockRes ? undefined : unattributed(ctx, 'aws_backup_vault_lock_configuration', 'backup_vault_name')
  if (lockUnknown) for (const a of adapted) withUnknowns(a.attributes, { locked: lockUnknown })
  return adapted
}

/** The vault's access policy resource, or Unknown when a policy names its vault by a value known only after apply. */
function tfVaultPolicy(r: IacResource, ctx: AdaptContext, ids: readonly string[]): unknown {
  const policyRes = partsFor(ctx, 'aws_backup_vault_policy', 'backup_vault_name', r, byName(ids))[0]
  return policyRes ? policyRes.values.policy : unattributed(ctx, 'aws_backup_vault_policy', 'backup_vault_name')
}

/** Logically air-gapped vaults are always locked in compliance mode and encrypted with an AWS owned key. */
function tfAirGappedVault(r: IacResource, ctx: AdaptContext): AdaptedResource<BackupVaultAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'name', r)
  const lock = { min: v.min_retention_days, max: v.max_retention_days, changeable: null }
  return vault(r, ctx, { name, type: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', key: null, policy: tfVaultPolicy(r, ctx, ids), lock, tags: tfTags(v) })
}

function cfnVault(r: IacResource, ctx: AdaptContext): AdaptedResource<BackupVaultAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'BackupVaultName', r)
  const lockValue = obj(v.LockConfiguration)
  const lock =
    lockValue && !isUnknown(lockValue)
      ? { min: lockValue.MinRetentionDays, max: lockValue.MaxRetentionDays, changeable: lockValue.ChangeableForDays }
      : null
  const adapted = vault(r, ctx, {
    name,
    type: 'BACKUP_VAULT',
    key: v.EncryptionKeyArn,
    policy: v.AccessPolicy,
    lock,
    tags: cfnTags(v, 'BackupVaultTags'),
  })
  // A lock configuration known only at deploy leaves the lock unknown too.
  if (isUnknown(lockValue)) for (const a of adapted) withUnknowns(a.attributes, { locked: lockValue })
  return adapted
}

function cfnAirGappedVault(r: IacResource, ctx: AdaptContext): AdaptedResource<BackupVaultAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'BackupVaultName', r)
  const lock = { min: v.MinRetentionDays, max: v.MaxRetentionDays, changeable: null }
  return vault(r, ctx, {
    name,
    type: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT',
    key: null,
    policy: v.AccessPolicy,
    lock,
    tags: cfnTags(v, 'BackupVaultTags'),
  })
}

// ---------------------------------------------------------------- plans

/** A vault name as a rule names it: literal, or the name of the vault resource it references. */
function vaultNameOf(value: unknown, ctx: AdaptContext): string {
  const target = ctx.resolve(value)
  if (target) {
    const name = str(target.values.name ?? target.values.BackupVaultName, null)
    return typeof name === 'string' ? name : target.address
  }
  const name = str(value, null)
  return typeof name === 'string' ? name : '(known after apply)'
}

/** Destination vault ARNs of copy actions: the vault's uid when declared in the same code, else as written. */
function destinations(values: unknown[], ctx: AdaptContext): string[] {
  return values.map((d) => {
    const target = ctx.resolve(d)
    if (target) return ctx.uidOf(target)
    const arn = str(d, null)
    return typeof arn === 'string' ? arn : '(known after apply)'
  })
}

function rule(
  fields: { name: unknown; vault: unknown; deleteAfter: unknown; coldAfter: unknown; copies: unknown[] },
  ctx: AdaptContext,
): Maybe<BackupPlanRule> {
  const ruleName = str(fields.name, '')
  const del = num(fields.deleteAfter, null)
  const cold = num(fields.coldAfter, null)
  if (isUnknown(del)) return del
  if (isUnknown(cold)) return cold
  return {
    ruleName: isUnknown(ruleName) ? '(known after apply)' : ruleName,
    targetVaultName: vaultNameOf(fields.vault, ctx),
    deleteAfterDays: del,
    moveToColdStorageAfterDays: cold,
    copyDestinations: destinations(fields.copies, ctx),
  }
}

/** Rules of a plan; any rule whose retention is unknown makes the whole list unknown (the check reads all rules). */
function allRules(rules: Maybe<BackupPlanRule>[]): BackupPlanAttributes['rules'] {
  for (const r of rules) if (isUnknown(r)) return r
  return rules as BackupPlanRule[]
}

function tfRule(v: Values, ctx: AdaptContext): Maybe<BackupPlanRule> {
  const lifecycle = block(v, 'lifecycle')
  const copies = blocks(v, 'copy_action')
  if (isUnknown(lifecycle)) return lifecycle
  if (isUnknown(copies)) return copies
  return rule(
    {
      name: v.rule_name,
      vault: v.target_vault_name,
      deleteAfter: lifecycle?.delete_after,
      coldAfter: lifecycle?.cold_storage_after,
      copies: copies.map((c) => c.destination_vault_arn),
    },
    ctx,
  )
}

function tfPlan(r: IacResource, ctx: AdaptContext): AdaptedResource<BackupPlanAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'name', r)
  const rules = blocks(v, 'rule')
  const attributes: BackupPlanAttributes = {
    planName: name,
    // The plan id is generated at creation.
    planId: '',
    rules: isUnknown(rules) ? rules : allRules(rules.map((b) => tfRule(b, ctx))),
  }
  return [{ type: AWS.backupPlan, name, tags: tfTags(v), attributes }]
}

function cfnRule(item: unknown, ctx: AdaptContext): Maybe<BackupPlanRule> {
  const v = obj(item)
  if (isUnknown(v)) return v
  if (!v) return unknown('backup plan rule is not an object')
  const lifecycle = obj(v.Lifecycle)
  if (isUnknown(lifecycle)) return lifecycle
  const copies = Array.isArray(v.CopyActions) ? (v.CopyActions as unknown[]) : []
  const copyArns: unknown[] = []
  for (const c of copies) {
    const copy = obj(c)
    if (isUnknown(copy)) return copy
    copyArns.push(copy?.DestinationBackupVaultArn)
  }
  return rule(
    {
      name: v.RuleName,
      vault: v.TargetBackupVault,
      deleteAfter: lifecycle?.DeleteAfterDays,
      coldAfter: lifecycle?.MoveToColdStorageAfterDays,
      copies: copyArns,
    },
    ctx,
  )
}

function cfnPlan(r: IacResource, ctx: AdaptContext): AdaptedResource<BackupPlanAttributes>[] {
  const plan = obj(r.values.BackupPlan)
  const planValues = plan && !isUnknown(plan) ? plan : {}
  const { name } = literalName(planValues, 'BackupPlanName', r)
  const items = isUnknown(plan) ? plan : planValues.BackupPlanRule
  let rules: BackupPlanAttributes['rules']
  if (isUnknown(items)) rules = items
  else if (Array.isArray(items)) rules = allRules(items.map((i) => cfnRule(i, ctx)))
  else rules = []
  return [{ type: AWS.backupPlan, name, tags: cfnTags(r.values, 'BackupPlanTags'), attributes: { planName: name, planId: '', rules } }]
}

/** AWS Backup adapters (Terraform and CloudFormation). */
export const backupAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_backup_vault'], produces: [AWS.backupVault], adapt: tfVault },
  { language: 'terraform', types: ['aws_backup_logically_air_gapped_vault'], produces: [AWS.backupVault], adapt: tfAirGappedVault },
  { language: 'terraform', types: ['aws_backup_plan'], produces: [AWS.backupPlan], adapt: tfPlan },
  { language: 'cloudformation', types: ['AWS::Backup::BackupVault'], produces: [AWS.backupVault], adapt: cfnVault },
  { language: 'cloudformation', types: ['AWS::Backup::LogicallyAirGappedBackupVault'], produces: [AWS.backupVault], adapt: cfnAirGappedVault },
  { language: 'cloudformation', types: ['AWS::Backup::BackupPlan'], produces: [AWS.backupPlan], adapt: cfnPlan },
  // Read as parts of the vault they configure.
  partsAdapter('terraform', ['aws_backup_vault_lock_configuration', 'aws_backup_vault_policy']),
]
