import { ContainerServiceClient, type ManagedCluster } from '@azure/arm-containerservice'
import type { AzureCollector } from './module.js'

export type { ManagedCluster } from '@azure/arm-containerservice'

/** Raw AKS data of one subscription, as the SDK returns it; a failed list is empty and recorded as a gap. */
export interface AzureAksRaw {
  clusters: ManagedCluster[]
}

const CLUSTER = 'azure.aks.cluster'

/** Lists AKS managed clusters subscription-wide (managedClusters.list, paged by nextLink). */
export const azureAksCollector: AzureCollector<AzureAksRaw> = {
  service: 'aks',
  scope: 'global',
  produces: [CLUSTER],
  async collect(ctx, session) {
    const client = session.client(ContainerServiceClient, ctx.account)
    const r = await ctx.paginate(
      'managedClusters.list',
      (abortSignal) => client.managedClusters.list({ abortSignal }).byPage(),
      (page) => page,
      {
        affects: [CLUSTER],
      },
    )
    return { clusters: r.ok ? r.value : [] }
  },
}
