import {
  NetworkManagementClient,
  type NetworkInterface,
  type NetworkSecurityGroup,
  type NetworkWatcher,
  type PublicIPAddress,
  type VirtualNetwork,
} from '@azure/arm-network'
import type { AzureCollector } from './module.js'

/** Raw network data of one subscription, as the SDK returns it; a list that failed is empty and recorded as a gap. */
export interface AzureNetworkRaw {
  nsgs: NetworkSecurityGroup[]
  nics: NetworkInterface[]
  publicIps: PublicIPAddress[]
  virtualNetworks: VirtualNetwork[]
  watchers: NetworkWatcher[]
}

export type {
  NetworkInterface,
  NetworkSecurityGroup,
  NetworkWatcher,
  PublicIPAddress,
  SecurityRule,
  Subnet,
  VirtualNetwork,
} from '@azure/arm-network'

const NSG = 'azure.network.nsg'
const NIC = 'azure.network.nic'
const PUBLIC_IP = 'azure.network.public-ip'
const VNET = 'azure.network.virtual-network'
const WATCHER = 'azure.network.watcher'

/** Lists NSGs, NICs, public IPs, virtual networks and Network Watchers subscription-wide (each list paged by nextLink). */
export const azureNetworkCollector: AzureCollector<AzureNetworkRaw> = {
  service: 'network',
  scope: 'global',
  produces: [NSG, NIC, PUBLIC_IP, VNET, WATCHER],
  async collect(ctx, session) {
    const client = session.client(NetworkManagementClient, ctx.account)
    const list = async <T>(api: string, type: string, pages: (abortSignal: AbortSignal) => AsyncIterable<T[]>): Promise<T[]> => {
      const r = await ctx.paginate(api, pages, (page) => page, { affects: [type] })
      return r.ok ? r.value : []
    }
    const [nsgs, nics, publicIps, virtualNetworks, watchers] = await Promise.all([
      list('networkSecurityGroups.listAll', NSG, (abortSignal) => client.networkSecurityGroups.listAll({ abortSignal }).byPage()),
      list('networkInterfaces.listAll', NIC, (abortSignal) => client.networkInterfaces.listAll({ abortSignal }).byPage()),
      list('publicIPAddresses.listAll', PUBLIC_IP, (abortSignal) => client.publicIPAddresses.listAll({ abortSignal }).byPage()),
      list('virtualNetworks.listAll', VNET, (abortSignal) => client.virtualNetworks.listAll({ abortSignal }).byPage()),
      list('networkWatchers.listAll', WATCHER, (abortSignal) => client.networkWatchers.listAll({ abortSignal }).byPage()),
    ])
    return { nsgs, nics, publicIps, virtualNetworks, watchers }
  },
}
