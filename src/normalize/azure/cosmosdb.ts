import type { Resource } from '../../core/resource.js'
import type { CosmosdbAccount, CosmosdbRaw } from '../../collect/azure/cosmosdb.js'
import { azureResource, type AzureNormalizeScope } from './helpers.js'
import { AZURE_DATABASES_TYPES as T, type AzureCosmosdbAccountAttributes } from './types-databases.js'

/**
 * One database account → azure.cosmosdb.account. Omitted settings take the service defaults: public network access
 * Enabled, local (key) authentication allowed, no IP or virtual network filter
 * (https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/get).
 */
function accountResource(a: CosmosdbAccount, subscription: string): Resource<AzureCosmosdbAccountAttributes> {
  return azureResource<AzureCosmosdbAccountAttributes>({
    id: a.id ?? '',
    type: T.cosmosdbAccount,
    subscription,
    name: a.name,
    location: a.location,
    tags: a.tags,
    attributes: {
      accountName: a.name ?? '',
      kind: a.kind ?? 'GlobalDocumentDB',
      documentEndpoint: a.documentEndpoint ?? null,
      publicNetworkAccess: a.publicNetworkAccess ?? 'Enabled',
      disableLocalAuth: a.disableLocalAuth ?? false,
      ipRules: (a.ipRules ?? []).map((r) => r.ipAddressOrRange ?? '').filter((r) => r !== ''),
      isVirtualNetworkFilterEnabled: a.isVirtualNetworkFilterEnabled ?? false,
      virtualNetworkRules: (a.virtualNetworkRules ?? []).map((r) => r.id ?? '').filter((r) => r !== ''),
      privateEndpointConnections: a.privateEndpointConnections?.length ?? 0,
      keyVaultKeyUri: a.keyVaultKeyUri ?? null,
      minimalTlsVersion: a.minimalTlsVersion ?? null,
    },
  })
}

/** Cosmos DB raw data → azure.cosmosdb.account resources. */
export function normalizeCosmosdb(raw: CosmosdbRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.accounts.filter((a) => a.id).map((a) => accountResource(a, scope.subscription))
}
