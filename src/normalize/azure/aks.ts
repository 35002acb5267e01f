import type { Resource } from '../../core/resource.js'
import type { AzureAksRaw, ManagedCluster } from '../../collect/azure/aks.js'
import { azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { AZURE_COMPUTE_TYPES as T, type AksClusterAttributes } from './types-compute.js'

function clusterResource(c: ManagedCluster, subscription: string): Resource<AksClusterAttributes> {
  const id = c.id ?? ''
  const api = c.apiServerAccessProfile
  const aad = c.aadProfile
  return azureResource<AksClusterAttributes>({
    id,
    type: T.aksCluster,
    subscription,
    name: c.name,
    location: c.location,
    tags: c.tags,
    attributes: {
      resourceGroup: resourceGroupOf(id),
      kubernetesVersion: c.currentKubernetesVersion ?? c.kubernetesVersion ?? null,
      provisioningState: c.provisioningState ?? null,
      enableRbac: c.enableRbac ?? null,
      aad: aad
        ? { managed: aad.managed ?? false, enableAzureRbac: aad.enableAzureRbac ?? false, adminGroupObjectIds: aad.adminGroupObjectIDs ?? [] }
        : null,
      // disableLocalAccounts defaults to false: local accounts stay enabled unless turned off
      // (https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad).
      disableLocalAccounts: c.disableLocalAccounts ?? false,
      privateCluster: api?.enablePrivateCluster ?? false,
      authorizedIpRanges: api?.authorizedIPRanges ?? [],
      publicNetworkAccess: c.publicNetworkAccess ?? null,
      networkPlugin: c.networkProfile?.networkPlugin ?? null,
      networkPolicy: c.networkProfile?.networkPolicy ?? null,
    },
  })
}

/** AKS managed clusters of one subscription. */
export function normalizeAzureAks(raw: AzureAksRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.clusters.filter((c) => c.id).map((c) => clusterResource(c, scope.subscription))
}
