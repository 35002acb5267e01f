import { describe, expect, it } from 'vitest'
import { normalizeAcr } from './acr.js'
import { AZURE_DATABASES_TYPES as T } from './types-databases.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ID = `/subscriptions/${SUB}/resourceGroups/rg-apps/providers/Microsoft.ContainerRegistry/registries/acrorders`

describe('normalizeAcr', () => {
  it('a registry with its access settings', () => {
    const [r] = normalizeAcr(
      {
        registries: [
          {
            id: ID,
            name: 'acrorders',
            location: 'eastus',
            sku: { name: 'Premium' },
            loginServer: 'acrorders.azurecr.io',
            adminUserEnabled: true,
            publicNetworkAccess: 'Enabled',
            anonymousPullEnabled: false,
            networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', iPAddressOrRange: '203.0.113.0/24' }] },
          },
        ],
      },
      { subscription: SUB },
    )
    expect(r).toMatchObject({
      uid: ID.toLowerCase(),
      type: T.acrRegistry,
      name: 'acrorders',
      attributes: {
        registryName: 'acrorders',
        sku: 'Premium',
        adminUserEnabled: true,
        publicNetworkAccess: 'Enabled',
        anonymousPullEnabled: false,
        networkDefaultAction: 'Deny',
        ipRules: ['203.0.113.0/24'],
      },
    })
  })

  it('omitted settings take the service defaults', () => {
    const [r] = normalizeAcr({ registries: [{ id: ID, name: 'acrorders', location: 'eastus', sku: { name: 'Basic' } }] }, { subscription: SUB })
    expect(r!.attributes).toMatchObject({
      adminUserEnabled: false,
      publicNetworkAccess: 'Enabled',
      anonymousPullEnabled: false,
      networkDefaultAction: null,
    })
  })
})
