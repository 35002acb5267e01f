import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Accounts with sensitive data should add the infrastructure layer of encryption at rest. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-infrastructure-encryption',
  title: 'Storage account uses infrastructure (double) encryption at rest',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Infrastructure encryption adds a second AES-256 layer with a different key and algorithm mode at the infrastructure level, so data stays protected if one encryption layer or its keys were compromised.',
  remediation: {
    steps: [
      'Infrastructure encryption can only be chosen when an account is created: create a new account with it enabled.',
      'Copy the data over (for example with AzCopy or object replication) and switch clients to the new account.',
    ],
    cli: 'az storage account create --name <new-account> --resource-group <rg> --location <region> --sku Standard_ZRS --kind StorageV2 --require-infrastructure-encryption',
    terraform: 'Set infrastructure_encryption_enabled = true on azurerm_storage_account (forces a new account).',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable'],
  },
  evaluate(account, result) {
    return account.attributes.requireInfrastructureEncryption
      ? result.pass(`Storage account ${account.name} encrypts data at rest twice (service and infrastructure layers).`)
      : result.fail(`Storage account ${account.name} does not use infrastructure encryption.`)
  },
})
