import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { BackupRaw } from '../../collect/aws/backup.js'
import { normalizeBackup } from './backup.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
const VAULT_ARN = 'arn:aws:backup:us-east-1:111122223333:backup-vault:prod-vault'
const PLAN_ARN = 'arn:aws:backup:us-east-1:111122223333:backup-plan:8d3e1a2b-1111-2222-3333-444455556666'
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
// ListBackupVaults BackupVaultListMember, ListBackupPlans BackupPlansListMember and GetBackupPlan rule shapes (AWS Backup API reference).
const vault = {
  BackupVaultName: 'prod-vault',
  BackupVaultArn: VAULT_ARN,
  VaultType: 'BACKUP_VAULT' as const,
  CreationDate: new Date('2025-01-01T00:00:00Z'),
  EncryptionKeyArn: KEY,
  NumberOfRecoveryPoints: 42,
  Locked: true,
  MinRetentionDays: 7,
  MaxRetentionDays: 3650,
  LockDate: new Date('2025-01-04T00:00:00Z'),
}
const plan = { BackupPlanArn: PLAN_ARN, BackupPlanId: '8d3e1a2b-1111-2222-3333-444455556666', BackupPlanName: 'daily', VersionId: 'v1' }
const rule = {
  RuleName: 'daily-35d',
  TargetBackupVaultName: 'prod-vault',
  ScheduleExpression: 'cron(0 5 ? * * *)',
  Lifecycle: { DeleteAfterDays: 365, MoveToColdStorageAfterDays: 30 },
  CopyActions: [{ DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:111122223333:backup-vault:dr-vault' }],
}

describe('normalizeBackup', () => {
  it('vaults, plans with rules, and the region setting', () => {
    const raw: BackupRaw = {
      vaults: [{ vault, policy: { ok: true, value: null } }],
      plans: { ok: true, value: [{ plan, rules: { ok: true, value: [rule] } }] },
    }
    const out = normalizeBackup(raw, scope)
    expect(out.map((r) => [r.type, r.uid])).toEqual([
      [AWS.backupVault, VAULT_ARN],
      [AWS.backupPlan, PLAN_ARN],
      [AWS.backupRegionPlans, 'aws:111122223333:us-east-1:backup-plans'],
    ])
    expect(out[0]!.attributes).toMatchObject({
      encryptionKeyArn: KEY,
      locked: true,
      minRetentionDays: 7,
      lockDate: '2025-01-04T00:00:00.000Z',
      policy: null,
    })
    expect(out[0]!.relations).toEqual([{ kind: 'uses-kms-key', target: KEY }])
    expect(out[1]!.attributes).toEqual({
      planName: 'daily',
      planId: plan.BackupPlanId,
      rules: [
        {
          ruleName: 'daily-35d',
          targetVaultName: 'prod-vault',
          deleteAfterDays: 365,
          moveToColdStorageAfterDays: 30,
          copyDestinations: ['arn:aws:backup:eu-west-1:111122223333:backup-vault:dr-vault'],
        },
      ],
    })
    expect(out[2]!.attributes).toEqual({ planNames: ['daily'] })
  })

  it('failed per-resource calls → Unknown policy and rules; failed ListBackupPlans → Unknown setting', () => {
    const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }
    const out = normalizeBackup({ vaults: [{ vault, policy: denied }], plans: { ok: true, value: [{ plan, rules: denied }] } }, scope)
    expect(isUnknown((out[0]!.attributes as { policy: unknown }).policy)).toBe(true)
    expect(isUnknown((out[1]!.attributes as { rules: unknown }).rules)).toBe(true)
    const none = normalizeBackup({ vaults: [], plans: denied }, scope)
    expect(none).toHaveLength(1)
    expect(isUnknown((none[0]!.attributes as { planNames: unknown }).planNames)).toBe(true)
  })
})
