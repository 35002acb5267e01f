import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Accounts holding critical data should be encrypted with a key the customer controls in Key Vault. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-cmk-encryption',
  title: 'Storage account encrypts data with a customer-managed key',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With a customer-managed key in Key Vault, you control rotation, can audit every use of the key and can revoke it to make the data unreadable at once; Microsoft-managed keys offer none of these controls.',
  remediation: {
    steps: [
      'Create a key in a Key Vault with soft delete and purge protection, and give the account a managed identity with the Key Vault Crypto Service Encryption User role on it.',
      'Switch the account encryption to the customer-managed key (without a version, so it follows rotations).',
    ],
    cli: 'az storage account update --name <account> --resource-group <rg> --encryption-key-source Microsoft.Keyvault --encryption-key-vault https://<vault>.vault.azure.net --encryption-key-name <key>',
    terraform: 'Declare azurerm_storage_account_customer_managed_key with storage_account_id, key_vault_id and key_name.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview'],
  },
  evaluate(account, result) {
    const { keySource, keyName, keyVaultUri } = account.attributes.encryption
    return keySource === 'Microsoft.Keyvault'
      ? result.pass(
          `Storage account ${account.name} is encrypted with customer-managed key ${keyName ?? '(unnamed)'} in ${keyVaultUri ?? 'Key Vault'}.`,
        )
      : result.fail(`Storage account ${account.name} is encrypted with Microsoft-managed keys only.`)
  },
})
