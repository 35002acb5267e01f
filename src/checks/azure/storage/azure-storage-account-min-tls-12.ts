import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

const MODERN = new Set(['TLS1_2', 'TLS1_3'])

/** Storage accounts should refuse TLS 1.0 and 1.1, which have known weaknesses and no longer meet compliance baselines. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-min-tls-12',
  title: 'Storage account requires TLS 1.2 or newer',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'TLS 1.0 and 1.1 rely on deprecated cipher suites and are open to downgrade attacks; an account that accepts them lets a client or an attacker negotiate weak protection for data and credentials in transit.',
  remediation: {
    steps: ['Check the storage logs for clients still using TLS 1.0/1.1 and upgrade them.', 'Set the minimum TLS version of the account to TLS 1.2.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --min-tls-version TLS1_2',
    terraform: 'Set min_tls_version = "TLS1_2" on azurerm_storage_account.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version'],
  },
  evaluate(account, result) {
    const version = account.attributes.minimumTlsVersion
    return MODERN.has(version)
      ? result.pass(`Storage account ${account.name} requires ${version} or newer.`)
      : result.fail(`Storage account ${account.name} accepts connections down to ${version}.`)
  },
})
