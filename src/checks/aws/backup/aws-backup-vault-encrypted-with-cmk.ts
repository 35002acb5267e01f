import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type BackupVaultAttributes } from '../../../normalize/aws/types.js'
import { kmsKeyManager } from './kms-key-manager.js'

/** Backup vaults should encrypt recovery points with a customer-managed KMS key rather than aws/backup. */
export default defineCheck<BackupVaultAttributes>({
  id: 'aws-backup-vault-encrypted-with-cmk',
  title: 'AWS Backup vault encrypts recovery points with a customer-managed KMS key',
  resourceType: AWS.backupVault,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With the AWS managed key aws/backup, anyone allowed to restore from the vault can decrypt its recovery points and the key cannot be ' +
    'used to copy backups to another account. A customer-managed key adds a key policy that controls who can restore, and enables cross-account copies.',
  remediation: {
    steps: [
      'Create a customer-managed KMS key for backups, with a key policy limited to the backup and restore roles.',
      "Create a new vault with that key (a vault's key cannot be changed) and point backup plan rules at it.",
    ],
    cli: 'aws backup create-backup-vault --backup-vault-name <name> --encryption-key-arn <key-arn>',
    terraform: 'aws_backup_vault: kms_key_arn = <customer-managed key ARN>.',
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html'],
  },
  // Logically air-gapped vaults are always encrypted with an AWS owned key, which cannot be changed.
  applies: (vault) => vault.attributes.vaultType !== 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT',
  evaluate(vault, result, ctx) {
    const { vaultName, encryptionKeyArn } = vault.attributes
    return kmsKeyManager(encryptionKeyArn, vault, ctx) === 'CUSTOMER'
      ? result.pass(`Vault ${vaultName} encrypts recovery points with the customer-managed key ${encryptionKeyArn}.`)
      : result.fail(`Vault ${vaultName} encrypts recovery points with the AWS managed key ${encryptionKeyArn ?? 'aws/backup'}.`)
  },
})
