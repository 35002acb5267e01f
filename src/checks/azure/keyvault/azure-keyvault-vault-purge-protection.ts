import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type KeyVaultAttributes } from '../../../normalize/azure/types-storage.js'

/** Soft-deleted vaults and objects should not be purgeable before their retention ends. */
export default defineCheck<KeyVaultAttributes>({
  id: 'azure-keyvault-vault-purge-protection',
  title: 'Key Vault has purge protection enabled',
  resourceType: AZURE_STORAGE_TYPES.keyVault,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Soft delete alone lets anyone with purge permission destroy a deleted key or vault at once, which a malicious insider or ransomware actor can use to make customer-managed-key data unrecoverable; purge protection enforces the retention period.',
  remediation: {
    steps: ['Enable purge protection on the vault (irreversible; soft delete must be on).'],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-purge-protection true',
    terraform: 'Set purge_protection_enabled = true on azurerm_key_vault.',
    references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection'],
  },
  evaluate(vault, result) {
    const { enablePurgeProtection, enableSoftDelete } = vault.attributes
    if (!enableSoftDelete)
      return result.fail(`Key Vault ${vault.name} has soft delete disabled, so there is nothing for purge protection to protect.`)
    return enablePurgeProtection
      ? result.pass(`Key Vault ${vault.name} has purge protection enabled.`)
      : result.fail(`Key Vault ${vault.name} lets soft-deleted vaults and objects be purged before their retention ends.`)
  },
})
