import { CosmosDBManagementClient, type DatabaseAccountGetResults } from '@azure/arm-cosmosdb'
import type { AzureCollector } from './module.js'

export type { DatabaseAccountGetResults as CosmosdbAccount }

/** Raw Cosmos DB data of one subscription: the database accounts as databaseAccounts.list returns them. */
export interface CosmosdbRaw {
  accounts: DatabaseAccountGetResults[]
}

const ACCOUNT = 'azure.cosmosdb.account'

/** Cosmos DB database accounts; their network and authentication settings all come with the list. */
export const cosmosdbCollector: AzureCollector<CosmosdbRaw> = {
  service: 'cosmosdb',
  scope: 'global',
  produces: [ACCOUNT],
  async collect(ctx, session) {
    const client = session.client(CosmosDBManagementClient, ctx.account)
    const list = await ctx.paginate(
      'databaseAccounts.list',
      (abortSignal) => client.databaseAccounts.list({ abortSignal }).byPage(),
      (p) => p,
      { affects: [ACCOUNT] },
    )
    return { accounts: list.ok ? list.value : [] }
  },
}
