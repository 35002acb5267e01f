import type { Resource } from '../../core/resource.js'
import { isUnknown, unknown } from '../../core/unknown.js'
import type { BackupRaw, BackupRule } from '../../collect/aws/backup.js'
import {
  AWS,
  settingUid,
  type BackupPlanAttributes,
  type BackupPlanRule,
  type BackupRegionPlansAttributes,
  type BackupVaultAttributes,
} from './types.js'
import { awsResource, iso, maybe, maybePolicy, type NormalizeScope } from './helpers.js'

/** A plan rule as retention facts. */
function ruleOf(rule: BackupRule): BackupPlanRule {
  return {
    ruleName: rule.RuleName ?? '',
    targetVaultName: rule.TargetBackupVaultName ?? '',
    deleteAfterDays: rule.Lifecycle?.DeleteAfterDays ?? null,
    moveToColdStorageAfterDays: rule.Lifecycle?.MoveToColdStorageAfterDays ?? null,
    copyDestinations: (rule.CopyActions ?? []).map((c) => c.DestinationBackupVaultArn ?? '').filter(Boolean),
  }
}

/** Backup vaults → aws.backup.vault. */
function vaults(raw: BackupRaw, scope: NormalizeScope): Resource<BackupVaultAttributes>[] {
  return raw.vaults.map(({ vault, policy }) => {
    const name = vault.BackupVaultName ?? 'vault'
    const key = vault.EncryptionKeyArn || null
    return awsResource<BackupVaultAttributes>({
      uid: vault.BackupVaultArn ?? `arn:aws:backup:${scope.region}:${scope.account}:backup-vault:${name}`,
      type: AWS.backupVault,
      account: scope.account,
      region: scope.region,
      name,
      relations: key ? [{ kind: 'uses-kms-key', target: key }] : [],
      attributes: {
        vaultName: name,
        vaultType: vault.VaultType ?? null,
        encryptionKeyArn: key,
        locked: vault.Locked === true,
        minRetentionDays: vault.MinRetentionDays ?? null,
        maxRetentionDays: vault.MaxRetentionDays ?? null,
        lockDate: iso(vault.LockDate),
        policy: maybePolicy(policy, 'backup:GetBackupVaultAccessPolicy'),
      },
    })
  })
}

/** AWS Backup → vaults, plans, and the region's always-emitted backup-plans setting (Unknown when ListBackupPlans failed). */
export function normalizeBackup(raw: BackupRaw, scope: NormalizeScope): Resource[] {
  const plans = raw.plans.ok ? raw.plans.value : []
  const planResources = plans.map(({ plan, rules }) => {
    const name = plan.BackupPlanName ?? plan.BackupPlanId ?? 'plan'
    const r = maybe(rules, 'backup:GetBackupPlan')
    return awsResource<BackupPlanAttributes>({
      uid: plan.BackupPlanArn ?? `arn:aws:backup:${scope.region}:${scope.account}:backup-plan:${plan.BackupPlanId ?? name}`,
      type: AWS.backupPlan,
      account: scope.account,
      region: scope.region,
      name,
      attributes: { planName: name, planId: plan.BackupPlanId ?? '', rules: isUnknown(r) ? r : (r ?? []).map(ruleOf) },
    })
  })
  const setting = awsResource<BackupRegionPlansAttributes>({
    uid: settingUid(scope.account, scope.region, 'backup-plans'),
    type: AWS.backupRegionPlans,
    account: scope.account,
    region: scope.region,
    name: 'backup-plans',
    attributes: {
      planNames: raw.plans.ok ? planResources.map((p) => p.name) : unknown(`backup:ListBackupPlans: ${raw.plans.reason}`),
    },
  })
  return [...vaults(raw, scope), ...planResources, setting]
}
