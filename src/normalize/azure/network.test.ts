import { describe, expect, it } from 'vitest'
import { DEFAULT_NSG_RULES, normalizeAzureNetwork, nsgRule, vnetIdOfSubnet } from './network.js'
import type { AzureNetworkRaw } from '../../collect/azure/network.js'
import { AZURE_COMPUTE_TYPES as T } from './types-compute.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const base = `/subscriptions/${SUB}/resourceGroups/RG-Net/providers/Microsoft.Network`
const empty: AzureNetworkRaw = { nsgs: [], nics: [], publicIps: [], virtualNetworks: [], watchers: [] }

describe('nsgRule', () => {
  it('merges singular and plural fields', () => {
    expect(
      nsgRule(
        {
          name: 'web',
          priority: 200,
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: 'Internet',
          sourceAddressPrefixes: [],
          destinationPortRanges: ['80', '443'],
          destinationAddressPrefix: '10.0.1.4',
          destinationApplicationSecurityGroups: [{ id: `${base}/applicationSecurityGroups/asg-web` }],
        },
        false,
      ),
    ).toEqual({
      name: 'web',
      priority: 200,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourceAddressPrefixes: ['Internet'],
      sourceApplicationSecurityGroupIds: [],
      destinationAddressPrefixes: ['10.0.1.4'],
      destinationApplicationSecurityGroupIds: [`${base}/applicationSecurityGroups/asg-web`],
      destinationPortRanges: ['80', '443'],
      isDefault: false,
    })
  })

  it('leaves a rule without access or direction matching nothing', () => {
    expect(nsgRule({ name: 'odd' }, false)).toMatchObject({ access: '', direction: '', protocol: '*', destinationPortRanges: [] })
  })
})

describe('normalizeAzureNetwork', () => {
  it('fills the documented default rules when the API omits them', () => {
    const [nsg] = normalizeAzureNetwork(
      { ...empty, nsgs: [{ id: `${base}/networkSecurityGroups/nsg-a`, name: 'nsg-a', location: 'West Europe' }] },
      { subscription: SUB },
    )
    expect(nsg).toMatchObject({
      uid: `/subscriptions/${SUB}/resourcegroups/rg-net/providers/microsoft.network/networksecuritygroups/nsg-a`,
      type: T.nsg,
      region: 'westeurope',
      attributes: { resourceGroup: 'RG-Net', securityRules: [], defaultSecurityRules: DEFAULT_NSG_RULES },
    })
  })

  it('relates a NIC to its NSG, subnet, virtual network, public IP and VM, once each', () => {
    const subnetId = `${base}/virtualNetworks/vnet-a/subnets/app`
    const [nic] = normalizeAzureNetwork(
      {
        ...empty,
        nics: [
          {
            id: `${base}/networkInterfaces/nic-a`,
            name: 'nic-a',
            location: 'eastus',
            networkSecurityGroup: { id: `${base}/networkSecurityGroups/nsg-a` },
            virtualMachine: { id: `/subscriptions/${SUB}/resourceGroups/RG-Net/providers/Microsoft.Compute/virtualMachines/vm-a` },
            ipConfigurations: [
              {
                name: 'ipconfig1',
                privateIPAddress: '10.0.1.4',
                subnet: { id: subnetId },
                publicIPAddress: { id: `${base}/publicIPAddresses/pip-a` },
                primary: true,
              },
              { name: 'ipconfig2', privateIPAddress: '10.0.1.5', subnet: { id: subnetId } },
            ],
          },
        ],
      },
      { subscription: SUB },
    )
    const lc = (s: string) => s.toLowerCase()
    expect(nic!.relations).toEqual([
      { kind: 'protected-by', target: lc(`${base}/networkSecurityGroups/nsg-a`) },
      { kind: 'in-subnet', target: lc(subnetId) },
      { kind: 'in-virtual-network', target: lc(`${base}/virtualNetworks/vnet-a`) },
      { kind: 'has-public-ip', target: lc(`${base}/publicIPAddresses/pip-a`) },
      { kind: 'attached-to', target: lc(`/subscriptions/${SUB}/resourceGroups/RG-Net/providers/Microsoft.Compute/virtualMachines/vm-a`) },
    ])
    expect(nic!.attributes).toMatchObject({
      enableIpForwarding: false,
      ipConfigurations: [{ primary: true }, { primary: false, publicIpAddressId: null }],
    })
  })

  it('keeps subnets with their NSG, and skips items without an id', () => {
    const out = normalizeAzureNetwork(
      {
        ...empty,
        virtualNetworks: [
          {
            id: `${base}/virtualNetworks/vnet-a`,
            name: 'vnet-a',
            location: 'eastus',
            addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
            subnets: [
              {
                id: `${base}/virtualNetworks/vnet-a/subnets/app`,
                name: 'app',
                addressPrefix: '10.0.1.0/24',
                networkSecurityGroup: { id: `${base}/networkSecurityGroups/nsg-a` },
              },
              {
                id: `${base}/virtualNetworks/vnet-a/subnets/fn`,
                name: 'fn',
                addressPrefixes: ['10.0.2.0/24'],
                delegations: [{ name: 'd', serviceName: 'Microsoft.Web/serverFarms' }],
              },
            ],
          },
          { name: 'no-id' },
        ],
        watchers: [{ id: `${base}/networkWatchers/NetworkWatcher_eastus`, location: 'eastus', provisioningState: 'Succeeded' }],
      },
      { subscription: SUB },
    )
    expect(out.map((r) => r.type)).toEqual([T.virtualNetwork, T.networkWatcher])
    expect(out[0]!.attributes).toMatchObject({
      addressPrefixes: ['10.0.0.0/16'],
      ddosProtectionEnabled: false,
      subnets: [
        { name: 'app', addressPrefixes: ['10.0.1.0/24'], networkSecurityGroupId: `${base}/networkSecurityGroups/nsg-a`, delegations: [] },
        { name: 'fn', addressPrefixes: ['10.0.2.0/24'], networkSecurityGroupId: null, delegations: ['Microsoft.Web/serverFarms'] },
      ],
    })
    expect(out[0]!.relations).toEqual([{ kind: 'protected-by', target: `${base}/networkSecurityGroups/nsg-a`.toLowerCase() }])
    expect(out[1]).toMatchObject({ name: 'NetworkWatcher_eastus', region: 'eastus', attributes: { provisioningState: 'Succeeded' } })
  })

  it('finds the virtual network of a subnet id', () => {
    expect(vnetIdOfSubnet(`${base}/virtualNetworks/vnet-a/subnets/app`)).toBe(`${base}/virtualNetworks/vnet-a`)
    expect(vnetIdOfSubnet(`${base}/networkInterfaces/nic-a`)).toBeNull()
  })
})
