import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Deleted or overwritten blobs should stay recoverable for a retention period. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-blob-soft-delete',
  title: 'Storage account keeps deleted blobs recoverable (blob soft delete)',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Without blob soft delete, a blob deleted or overwritten by mistake, by a faulty job or by an attacker holding a key is gone at once; soft delete keeps it restorable for the retention period.',
  remediation: {
    steps: ['Enable soft delete for blobs on the account with a retention that fits recovery needs (7 to 365 days).'],
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-delete-retention true --delete-retention-days 14',
    terraform: 'Set blob_properties { delete_retention_policy { days = 14 } } on azurerm_storage_account.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview'],
  },
  // Premium file share accounts have no Blob service.
  applies: (account) => account.attributes.blobService !== null,
  evaluate(account, result) {
    const service = known(account.attributes.blobService, 'blob service properties')
    if (!service) return result.error(`Storage account ${account.name} has no Blob service to evaluate.`)
    const { enabled, days } = service.blobSoftDelete
    return enabled
      ? result.pass(`Storage account ${account.name} keeps deleted blobs for ${days ?? 'an unstated number of'} days.`)
      : result.fail(`Storage account ${account.name} has blob soft delete disabled.`)
  },
})
