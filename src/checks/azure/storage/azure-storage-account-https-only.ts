import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Storage accounts should refuse plain HTTP (and unencrypted SMB), so data and SAS tokens never cross the network in clear. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-https-only',
  title: 'Storage account requires secure transfer (HTTPS only)',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without "secure transfer required", the blob, file, queue and table endpoints also answer over HTTP, so data, shared access signatures and Shared Key signatures can be read or tampered with on the network.',
  remediation: {
    steps: ['Enable "Secure transfer required" on the storage account.', 'Move any client still using http:// endpoints to https://.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --https-only true',
    terraform: 'Set https_traffic_only_enabled = true on azurerm_storage_account (enable_https_traffic_only before provider 4.0).',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
  },
  evaluate(account, result) {
    return account.attributes.httpsOnly
      ? result.pass(`Storage account ${account.name} accepts only secure (HTTPS) transfer.`)
      : result.fail(`Storage account ${account.name} also accepts unencrypted HTTP requests (secure transfer is not required).`)
  },
})
