import { describe, expect, it } from 'vitest'
import { normalizeAzureAks } from './aks.js'
import { AZURE_COMPUTE_TYPES as T } from './types-compute.js'

const SUB = '00000000-0000-0000-0000-000000000001'

describe('normalizeAzureAks', () => {
  it('maps a minimal cluster with the documented defaults', () => {
    const [c] = normalizeAzureAks(
      {
        clusters: [
          {
            id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-a`,
            name: 'aks-a',
            location: 'eastus',
            kubernetesVersion: '1.30',
          },
        ],
      },
      { subscription: SUB },
    )
    expect(c).toMatchObject({ type: T.aksCluster, name: 'aks-a', region: 'eastus' })
    expect(c!.attributes).toEqual({
      resourceGroup: 'rg',
      kubernetesVersion: '1.30',
      provisioningState: null,
      enableRbac: null,
      aad: null,
      disableLocalAccounts: false,
      privateCluster: false,
      authorizedIpRanges: [],
      publicNetworkAccess: null,
      networkPlugin: null,
      networkPolicy: null,
    })
  })

  it('maps Entra integration, API server access and network policy', () => {
    const [c] = normalizeAzureAks(
      {
        clusters: [
          {
            id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-b`,
            location: 'westeurope',
            enableRbac: true,
            aadProfile: { managed: true, enableAzureRbac: false },
            apiServerAccessProfile: { authorizedIPRanges: ['203.0.113.0/24'] },
            networkProfile: { networkPlugin: 'azure', networkPolicy: 'calico' },
          },
        ],
      },
      { subscription: SUB },
    )
    expect(c!.attributes).toMatchObject({
      enableRbac: true,
      aad: { managed: true, enableAzureRbac: false, adminGroupObjectIds: [] },
      privateCluster: false,
      authorizedIpRanges: ['203.0.113.0/24'],
      networkPlugin: 'azure',
      networkPolicy: 'calico',
    })
  })
})
