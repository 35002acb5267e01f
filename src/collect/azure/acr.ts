import { ContainerRegistryManagementClient, type Registry } from '@azure/arm-containerregistry'
import type { AzureCollector } from './module.js'

export type { Registry as AcrRegistry }

/** Raw Azure Container Registry data of one subscription: the registries as registries.list returns them. */
export interface AcrRaw {
  registries: Registry[]
}

const REGISTRY = 'azure.acr.registry'

/** Container registries; admin user, network and anonymous-pull settings all come with the list. */
export const acrCollector: AzureCollector<AcrRaw> = {
  service: 'acr',
  scope: 'global',
  produces: [REGISTRY],
  async collect(ctx, session) {
    const client = session.client(ContainerRegistryManagementClient, ctx.account)
    const list = await ctx.paginate(
      'registries.list',
      (abortSignal) => client.registries.list({ abortSignal }).byPage(),
      (p) => p,
      { affects: [REGISTRY] },
    )
    return { registries: list.ok ? list.value : [] }
  },
}
