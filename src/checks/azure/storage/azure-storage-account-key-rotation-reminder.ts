import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** CIS asks for access key rotation reminders of at most 90 days. */
const MAX_DAYS = 90

/** Accounts that still accept account keys should remind their owners to rotate them. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-key-rotation-reminder',
  title: 'Storage account has an access key rotation reminder of 90 days or less',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Account keys never expire on their own: a key copied into a script, a pipeline or a laptop keeps full access until it is regenerated. A key expiration policy flags keys older than the period so they are rotated regularly.',
  remediation: {
    steps: [
      'Set a key expiration policy (rotation reminder) of 90 days or less on the account.',
      'Regenerate each key when reminded, after moving clients to the other key, or disable Shared Key access altogether.',
    ],
    cli: 'az storage account update --name <account> --resource-group <rg> --key-exp-days 90',
    terraform:
      'azurerm_storage_account has no keyPolicy argument: set properties.keyPolicy.keyExpirationPeriodInDays = 90 with azapi_update_resource on Microsoft.Storage/storageAccounts.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage'],
  },
  evaluate(account, result) {
    const { allowSharedKeyAccess, keyExpirationPeriodInDays: days } = account.attributes
    // With Shared Key authorization disabled the account keys authorize nothing, so their age is moot.
    if (!allowSharedKeyAccess)
      return result.pass(`Storage account ${account.name} disallows Shared Key authorization, so its access keys cannot be used.`)
    if (days === null) return result.fail(`Storage account ${account.name} has no access key rotation reminder (key expiration policy).`)
    return days <= MAX_DAYS
      ? result.pass(`Storage account ${account.name} reminds to rotate its access keys every ${days} days.`)
      : result.fail(`Storage account ${account.name} reminds to rotate its access keys only every ${days} days (more than ${MAX_DAYS}).`)
  },
})
