import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Storage accounts should authorize with Microsoft Entra ID only, so a leaked account key or SAS gives no access. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-shared-key-disabled',
  title: 'Storage account disallows Shared Key (account key) authorization',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'An account key grants full access to all data in the account, is not tied to an identity, and SAS tokens signed with it cannot be audited per user or revoked one by one; Entra ID authorization gives scoped, auditable, revocable access.',
  remediation: {
    steps: ['Move clients to Microsoft Entra ID (RBAC data roles or user delegation SAS).', 'Set "Allow storage account key access" to Disabled.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-shared-key-access false',
    terraform: 'Set shared_access_key_enabled = false on azurerm_storage_account (and storage_use_azuread = true in the provider).',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent'],
  },
  evaluate(account, result) {
    return account.attributes.allowSharedKeyAccess
      ? result.fail(`Storage account ${account.name} accepts requests authorized with its account keys (Shared Key and account SAS).`)
      : result.pass(`Storage account ${account.name} accepts only Microsoft Entra ID authorization.`)
  },
})
