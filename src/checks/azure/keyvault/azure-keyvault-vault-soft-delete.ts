import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type KeyVaultAttributes } from '../../../normalize/azure/types-storage.js'

/** Deleted vaults, keys and secrets should stay recoverable for a retention period. */
export default defineCheck<KeyVaultAttributes>({
  id: 'azure-keyvault-vault-soft-delete',
  title: 'Key Vault has soft delete enabled',
  resourceType: AZURE_STORAGE_TYPES.keyVault,
  severity: 'high',
  categories: ['resilience'],
  rationale:
    'Without soft delete, deleting a vault or a key is immediate and permanent: everything encrypted with that key (storage accounts, disks, databases using it as a customer-managed key) becomes unreadable for good.',
  remediation: {
    steps: ['Enable soft delete on the vault (it cannot be turned off again), with a retention of 7 to 90 days.'],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-soft-delete true',
    terraform: 'Set soft_delete_retention_days on azurerm_key_vault (soft delete is always on for vaults the azurerm provider creates).',
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-change',
    ],
  },
  evaluate(vault, result) {
    const { enableSoftDelete, softDeleteRetentionInDays } = vault.attributes
    return enableSoftDelete
      ? result.pass(`Key Vault ${vault.name} keeps deleted objects recoverable for ${softDeleteRetentionInDays ?? 90} days.`)
      : result.fail(`Key Vault ${vault.name} has soft delete disabled, so deletions are immediate and permanent.`)
  },
})
