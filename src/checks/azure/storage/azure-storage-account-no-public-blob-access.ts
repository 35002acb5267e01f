import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Storage accounts should forbid anonymous containers, so no blob can be read without authorization. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-no-public-blob-access',
  title: 'Storage account disallows anonymous (public) blob access',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'While the account allows blob anonymous access, any container set to the Blob or Container access level is readable by anyone on the internet without a key or token; disallowing it at the account overrides every container setting.',
  remediation: {
    steps: [
      'Find containers with a public access level and move content that must stay public to a dedicated account.',
      'Set "Allow Blob anonymous access" to Disabled on the account.',
    ],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
    terraform: 'Set allow_nested_items_to_be_public = false on azurerm_storage_account.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent'],
  },
  // Premium file share accounts have no Blob service to expose.
  applies: (account) => account.attributes.kind.toLowerCase() !== 'filestorage',
  evaluate(account, result) {
    return account.attributes.allowBlobPublicAccess
      ? result.fail(`Storage account ${account.name} allows containers to be made anonymously readable.`)
      : result.pass(`Storage account ${account.name} disallows anonymous blob access.`)
  },
})
