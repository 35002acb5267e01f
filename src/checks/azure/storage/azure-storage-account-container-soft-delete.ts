import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Deleted containers should stay recoverable for a retention period. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-container-soft-delete',
  title: 'Storage account keeps deleted containers recoverable (container soft delete)',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Deleting a container removes every blob in it at once, and blob soft delete does not bring them back; container soft delete keeps the whole container restorable for the retention period.',
  remediation: {
    steps: ['Enable soft delete for containers on the account with a retention that fits recovery needs (1 to 365 days).'],
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-container-delete-retention true --container-delete-retention-days 14',
    terraform: 'Set blob_properties { container_delete_retention_policy { days = 14 } } on azurerm_storage_account.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview'],
  },
  // Premium file share accounts have no Blob service.
  applies: (account) => account.attributes.blobService !== null,
  evaluate(account, result) {
    const service = known(account.attributes.blobService, 'blob service properties')
    if (!service) return result.error(`Storage account ${account.name} has no Blob service to evaluate.`)
    const { enabled, days } = service.containerSoftDelete
    return enabled
      ? result.pass(`Storage account ${account.name} keeps deleted containers for ${days ?? 'an unstated number of'} days.`)
      : result.fail(`Storage account ${account.name} has container soft delete disabled.`)
  },
})
