import type { Resource } from '../../core/resource.js'
import type { AcrRaw, AcrRegistry } from '../../collect/azure/acr.js'
import { azureResource, type AzureNormalizeScope } from './helpers.js'
import { AZURE_DATABASES_TYPES as T, type AzureAcrRegistryAttributes } from './types-databases.js'

/**
 * One registry → azure.acr.registry. Omitted settings take the service defaults: admin user disabled, public network
 * access Enabled, anonymous pull disabled (https://learn.microsoft.com/rest/api/containerregistry/registries/get).
 */
function registryResource(r: AcrRegistry, subscription: string): Resource<AzureAcrRegistryAttributes> {
  return azureResource<AzureAcrRegistryAttributes>({
    id: r.id ?? '',
    type: T.acrRegistry,
    subscription,
    name: r.name,
    location: r.location,
    tags: r.tags,
    attributes: {
      registryName: r.name ?? '',
      loginServer: r.loginServer ?? null,
      sku: r.sku?.name ?? 'Basic',
      adminUserEnabled: r.adminUserEnabled ?? false,
      publicNetworkAccess: r.publicNetworkAccess ?? 'Enabled',
      anonymousPullEnabled: r.anonymousPullEnabled ?? false,
      networkDefaultAction: r.networkRuleSet?.defaultAction ?? null,
      ipRules: (r.networkRuleSet?.ipRules ?? []).map((i) => i.iPAddressOrRange).filter((i) => !!i),
      privateEndpointConnections: r.privateEndpointConnections?.length ?? 0,
    },
  })
}

/** Container registry raw data → azure.acr.registry resources. */
export function normalizeAcr(raw: AcrRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.registries.filter((r) => r.id).map((r) => registryResource(r, scope.subscription))
}
