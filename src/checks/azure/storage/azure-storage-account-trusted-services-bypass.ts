import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Firewalled accounts should still let trusted Azure services (Backup, Monitor, Defender, ...) in. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-trusted-services-bypass',
  title: 'Storage account firewall lets trusted Azure services through',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'low',
  categories: ['network'],
  rationale:
    'Trusted Microsoft services such as Azure Backup, Azure Monitor diagnostic logs and Defender for Storage cannot reach a firewalled account unless the AzureServices exception is on; without it, logging and protection silently stop when the firewall is tightened.',
  remediation: {
    steps: ['Enable "Allow Azure services on the trusted services list to access this storage account" in the account networking settings.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --bypass AzureServices',
    terraform: 'Set network_rules { bypass = ["AzureServices"] } on azurerm_storage_account.',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services'],
  },
  evaluate(account, result) {
    const { bypass } = account.attributes.networkRuleSet
    return bypass.some((b) => b.toLowerCase() === 'azureservices')
      ? result.pass(`Storage account ${account.name} lets trusted Azure services bypass its firewall.`)
      : result.fail(
          `Storage account ${account.name} does not let trusted Azure services bypass its firewall (bypass: ${bypass.join(', ') || 'None'}).`,
        )
  },
})
