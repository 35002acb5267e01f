import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'

/** Storage account firewalls should deny by default and allow only named networks. */
export default defineCheck<StorageAccountAttributes>({
  id: 'azure-storage-account-network-default-deny',
  title: 'Storage account firewall denies access from all networks by default',
  resourceType: AZURE_STORAGE_TYPES.storageAccount,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With the default network action set to Allow, the account endpoints accept connections from any network, so a leaked key or SAS can be used from anywhere; denying by default limits access to the listed virtual networks, IP ranges and private endpoints.',
  remediation: {
    steps: [
      'Add the virtual network subnets and public IP ranges that need access (or private endpoints).',
      'Set the default network action of the account to Deny.',
    ],
    cli: 'az storage account update --name <account> --resource-group <rg> --default-action Deny',
    terraform: 'Set network_rules { default_action = "Deny" } on azurerm_storage_account (or use azurerm_storage_account_network_rules).',
    references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  },
  evaluate(account, result) {
    const { networkRuleSet, publicNetworkAccess } = account.attributes
    if (publicNetworkAccess === 'Disabled') {
      return result.pass(`Storage account ${account.name} has public network access disabled, so only private endpoints reach it.`)
    }
    return networkRuleSet.defaultAction === 'Deny'
      ? result.pass(
          `Storage account ${account.name} denies networks by default (${networkRuleSet.ipRules.length} IP rule(s), ${networkRuleSet.virtualNetworkRules.length} subnet rule(s)).`,
        )
      : result.fail(`Storage account ${account.name} allows access from all networks by default.`)
  },
})
