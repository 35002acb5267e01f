import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Storage accounts holding private data should be reachable only through private endpoints. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-public-network-access-disabled',
  title: 'Storage account has public network access disabled',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With public network access disabled, the public endpoint refuses every request whatever the firewall rules say, and data is reached only through private endpoints in your virtual networks, removing the internet as an access path for stolen credentials.',
  remediation: {
    steps: [
      'Create private endpoints for the sub-resources clients use (blob, file, dfs, ...).',
      'Set public network access of the account to Disabled.',
    ],
    cli: 'az storage account update --name <account> --resource-group <rg> --public-network-access Disabled',
    terraform: 'Set public_network_access_enabled = false on azurerm_storage_account and add azurerm_private_endpoint resources.',
    references: [
      'https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security',
      'https://learn.microsoft.com/en-us/azure/storage/common/storage-private-endpoints',
    ],
  },
  evaluate(account, result) {
    const access = account.attributes.publicNetworkAccess
    if (access === 'Disabled') return result.pass(`Storage account ${account.name} has public network access disabled.`)
    // A network security perimeter then decides, and it denies public traffic unless a perimeter rule allows it.
    if (access === 'SecuredByPerimeter') return result.pass(`Storage account ${account.name} leaves public access to its network security perimeter.`)
    const { defaultAction } = account.attributes.networkRuleSet
    return result.fail(
      `Storage account ${account.name} has public network access enabled (${defaultAction === 'Deny' ? 'limited by firewall rules' : 'from all networks'}).`,
    )
  },
})
