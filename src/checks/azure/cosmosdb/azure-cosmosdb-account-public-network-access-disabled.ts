import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureCosmosdbAccountAttributes } from '../../../normalize/azure/types-databases.js'

/** An account reached only through private endpoints has no internet-facing endpoint. */
export default defineCheck<AzureCosmosdbAccountAttributes>({
  id: 'azure-cosmosdb-account-public-network-access-disabled',
  title: 'Cosmos DB account has public network access disabled',
  resourceType: AZURE_DATABASES_TYPES.cosmosdbAccount,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With public network access on, the account endpoint answers from the internet and only the IP and virtual network filter, ' +
    'plus the keys, stand between it and the data; private endpoints keep the traffic on private networks.',
  remediation: {
    steps: ["Create private endpoints for the account in the clients' virtual networks.", 'Set public network access to Disabled.'],
    cli: 'az cosmosdb update --resource-group <rg> --name <account> --public-network-access Disabled',
    terraform: 'azurerm_cosmosdb_account: public_network_access_enabled = false, with azurerm_private_endpoint for the account.',
    references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints'],
  },
  evaluate(account, result) {
    const { accountName: name, publicNetworkAccess: access } = account.attributes
    return access === 'Disabled'
      ? result.pass(`Cosmos DB account ${name} has public network access disabled.`)
      : result.fail(`Cosmos DB account ${name} has public network access ${access === 'Enabled' ? 'enabled' : `set to ${access}`}.`)
  },
})
