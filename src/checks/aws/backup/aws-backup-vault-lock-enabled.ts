import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type BackupVaultAttributes } from '../../../normalize/aws/types.js'

/** Backup vaults should have AWS Backup Vault Lock, so recovery points cannot be deleted early, even by an administrator. */
export default defineCheck<BackupVaultAttributes>({
  id: 'aws-backup-vault-lock-enabled',
  title: 'AWS Backup vault has Vault Lock configured',
  resourceType: AWS.backupVault,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Ransomware operators and intruders delete backups before encrypting or destroying data. Vault Lock enforces a minimum retention on ' +
    'every recovery point in the vault; in compliance mode not even the root user can shorten it, so a recovery remains possible.',
  remediation: {
    steps: [
      'Put a Vault Lock configuration on the vault with a minimum retention that matches your recovery needs.',
      'Use compliance mode (ChangeableForDays) for production vaults once the settings are validated; governance mode while testing.',
    ],
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name <name> --min-retention-days 7 --changeable-for-days 3',
    terraform: 'aws_backup_vault_lock_configuration: backup_vault_name, min_retention_days, changeable_for_days.',
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html'],
  },
  evaluate(vault, result) {
    const { vaultName, locked, minRetentionDays, lockDate } = vault.attributes
    if (!locked) return result.fail(`Vault ${vaultName} has no Vault Lock, so its recovery points can be deleted at any time.`)
    const mode = lockDate ? 'compliance' : 'governance'
    const min = minRetentionDays === null ? '' : `, minimum retention ${minRetentionDays} days`
    return result.pass(`Vault ${vaultName} has Vault Lock in ${mode} mode${min}.`)
  },
})
