import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureCosmosdbAccountAttributes } from '../../../normalize/azure/types-databases.js'

/** Account keys grant full access to every database; Entra ID (RBAC) authentication is auditable and revocable per identity. */
export default defineCheck<AzureCosmosdbAccountAttributes>({
  id: 'azure-cosmosdb-account-local-auth-disabled',
  title: 'Cosmos DB account refuses key-based (local) authentication',
  resourceType: AZURE_DATABASES_TYPES.cosmosdbAccount,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'The primary and secondary keys give full read and write access to all data, are shared secrets that leak into code and ' +
    'configuration, and are not tied to any identity; with disableLocalAuth only Entra ID identities with data-plane roles get in.',
  remediation: {
    steps: [
      'Grant applications Cosmos DB data-plane roles and switch them to Entra ID (managed identity) authentication.',
      'Set disableLocalAuth to true on the account.',
    ],
    cli: 'az resource update --ids <account-id> --set properties.disableLocalAuth=true --latest-include-preview',
    terraform: 'azurerm_cosmosdb_account: local_authentication_disabled = true.',
    references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth'],
  },
  evaluate(account, result) {
    const name = account.attributes.accountName
    return account.attributes.disableLocalAuth
      ? result.pass(`Cosmos DB account ${name} accepts only Entra ID authentication.`)
      : result.fail(`Cosmos DB account ${name} accepts its account keys (local authentication).`)
  },
})
