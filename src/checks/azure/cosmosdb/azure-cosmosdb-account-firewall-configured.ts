import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureCosmosdbAccountAttributes } from '../../../normalize/azure/types-databases.js'
import { isWholeInternetEntry } from '../../_shared/azure-db-firewall.js'

/** The IP rule 0.0.0.0 is the portal's "Accept connections from within public Azure datacenters". */
const AZURE_DATACENTERS = '0.0.0.0'

/** An account open to "All networks" accepts connections from anywhere; the firewall should name the networks allowed. */
export default defineCheck<AzureCosmosdbAccountAttributes>({
  id: 'azure-cosmosdb-account-firewall-configured',
  title: 'Cosmos DB account firewall limits access to selected networks',
  resourceType: AZURE_DATABASES_TYPES.cosmosdbAccount,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without IP rules or a virtual network filter the account accepts connections from every network, so a leaked key is usable ' +
    "from anywhere; the entry 0.0.0.0 admits every Azure datacenter, including other customers' resources.",
  remediation: {
    steps: [
      'Under Networking, choose "Selected networks" and add the subnets (service endpoints) and client IP ranges that need access.',
      'Do not tick "Accept connections from within public Azure datacenters"; prefer private endpoints.',
    ],
    cli: 'az cosmosdb update --resource-group <rg> --name <account> --enable-virtual-network true --ip-range-filter <cidr>[,<cidr>...]',
    terraform:
      'azurerm_cosmosdb_account: is_virtual_network_filter_enabled = true with virtual_network_rule blocks, and ip_range_filter without "0.0.0.0".',
    references: [
      'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall',
      'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-vnet-service-endpoint',
    ],
  },
  evaluate(account, result) {
    const { accountName: name, publicNetworkAccess, ipRules, isVirtualNetworkFilterEnabled, virtualNetworkRules } = account.attributes
    if (publicNetworkAccess === 'Disabled') return result.pass(`Cosmos DB account ${name} has public network access disabled.`)
    if (ipRules.length === 0 && !isVirtualNetworkFilterEnabled) {
      return result.fail(`Cosmos DB account ${name} accepts connections from all networks (no IP rules, no virtual network filter).`)
    }
    const open = ipRules.filter((r) => r.trim() === AZURE_DATACENTERS || isWholeInternetEntry(r))
    if (open.length > 0)
      return result.fail(`Cosmos DB account ${name} has IP rule(s) ${open.join(', ')} admitting all Azure datacenters or the whole internet.`)
    return result.pass(`Cosmos DB account ${name} accepts only ${ipRules.length} IP rule(s) and ${virtualNetworkRules.length} subnet(s).`)
  },
})
