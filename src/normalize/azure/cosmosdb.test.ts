import { describe, expect, it } from 'vitest'
import { normalizeCosmosdb } from './cosmosdb.js'
import { AZURE_DATABASES_TYPES as T } from './types-databases.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.DocumentDB/databaseAccounts/cosmos-orders`
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app`

describe('normalizeCosmosdb', () => {
  it('an account with its network and auth settings', () => {
    const [r] = normalizeCosmosdb(
      {
        accounts: [
          {
            id: ID,
            name: 'cosmos-orders',
            location: 'West US',
            kind: 'GlobalDocumentDB',
            documentEndpoint: 'https://cosmos-orders.documents.azure.com:443/',
            publicNetworkAccess: 'Enabled',
            disableLocalAuth: true,
            ipRules: [{ ipAddressOrRange: '203.0.113.0/24' }],
            isVirtualNetworkFilterEnabled: true,
            virtualNetworkRules: [{ id: SUBNET, ignoreMissingVNetServiceEndpoint: false }],
          },
        ],
      },
      { subscription: SUB },
    )
    expect(r).toMatchObject({
      uid: ID.toLowerCase(),
      type: T.cosmosdbAccount,
      region: 'westus',
      attributes: {
        accountName: 'cosmos-orders',
        publicNetworkAccess: 'Enabled',
        disableLocalAuth: true,
        ipRules: ['203.0.113.0/24'],
        isVirtualNetworkFilterEnabled: true,
        virtualNetworkRules: [SUBNET],
        privateEndpointConnections: 0,
        keyVaultKeyUri: null,
      },
    })
  })

  it('omitted settings take the service defaults', () => {
    const [r] = normalizeCosmosdb({ accounts: [{ id: ID, name: 'cosmos-orders', location: 'westus' }] }, { subscription: SUB })
    expect(r!.attributes).toMatchObject({
      publicNetworkAccess: 'Enabled',
      disableLocalAuth: false,
      ipRules: [],
      isVirtualNetworkFilterEnabled: false,
    })
  })
})
