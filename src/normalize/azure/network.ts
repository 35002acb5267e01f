import type { Relation, Resource } from '../../core/resource.js'
import type {
  AzureNetworkRaw,
  NetworkInterface,
  NetworkSecurityGroup,
  NetworkWatcher,
  PublicIPAddress,
  SecurityRule,
  VirtualNetwork,
} from '../../collect/azure/network.js'
import { azureRelation, azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import {
  AZURE_COMPUTE_TYPES as T,
  type NetworkWatcherAttributes,
  type NicAttributes,
  type NsgAttributes,
  type NsgRule,
  type PublicIpAttributes,
  type Subnet,
  type VirtualNetworkAttributes,
} from './types-compute.js'

/** The singular and plural forms of a rule field merged (the API fills one or the other, never both meaningfully). */
function both(single: string | undefined, plural: string[] | undefined): string[] {
  return [...(single ? [single] : []), ...(plural ?? [])]
}

/** An NSG rule in the contract's shape (access and direction are required by the API; '' if ever missing, matching nothing). */
export function nsgRule(r: SecurityRule, isDefault: boolean): NsgRule {
  return {
    name: r.name ?? '',
    priority: r.priority ?? 0,
    direction: r.direction ?? '',
    access: r.access ?? '',
    protocol: r.protocol ?? '*',
    sourceAddressPrefixes: both(r.sourceAddressPrefix, r.sourceAddressPrefixes),
    sourceApplicationSecurityGroupIds: (r.sourceApplicationSecurityGroups ?? []).map((g) => g.id ?? '').filter(Boolean),
    destinationAddressPrefixes: both(r.destinationAddressPrefix, r.destinationAddressPrefixes),
    destinationApplicationSecurityGroupIds: (r.destinationApplicationSecurityGroups ?? []).map((g) => g.id ?? '').filter(Boolean),
    destinationPortRanges: both(r.destinationPortRange, r.destinationPortRanges),
    isDefault,
  }
}

/** A default rule built from its documented definition. */
function defaultRule(name: string, priority: number, direction: 'Inbound' | 'Outbound', access: 'Allow' | 'Deny', src: string, dst: string): NsgRule {
  return {
    name,
    priority,
    direction,
    access,
    protocol: '*',
    sourceAddressPrefixes: [src],
    sourceApplicationSecurityGroupIds: [],
    destinationAddressPrefixes: [dst],
    destinationApplicationSecurityGroupIds: [],
    destinationPortRanges: ['*'],
    isDefault: true,
  }
}

/**
 * The platform's default rules, used when the API omits `defaultSecurityRules` (it returns them on every GET).
 * https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#default-security-rules
 */
export const DEFAULT_NSG_RULES: readonly NsgRule[] = [
  defaultRule('AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  defaultRule('AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'),
  defaultRule('DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'),
  defaultRule('AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  defaultRule('AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'),
  defaultRule('DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*'),
]

function ids(list: readonly { id?: string }[] | undefined): string[] {
  return (list ?? []).map((x) => x.id ?? '').filter(Boolean)
}

function nsgResource(g: NetworkSecurityGroup, subscription: string): Resource<NsgAttributes> {
  const id = g.id ?? ''
  return azureResource<NsgAttributes>({
    id,
    type: T.nsg,
    subscription,
    name: g.name,
    location: g.location,
    tags: g.tags,
    attributes: {
      resourceGroup: resourceGroupOf(id),
      securityRules: (g.securityRules ?? []).map((r) => nsgRule(r, false)),
      defaultSecurityRules: g.defaultSecurityRules ? g.defaultSecurityRules.map((r) => nsgRule(r, true)) : [...DEFAULT_NSG_RULES],
      subnetIds: ids(g.subnets),
      networkInterfaceIds: ids(g.networkInterfaces),
    },
  })
}

/** The virtual network id of a subnet id (…/virtualNetworks/<vnet>/subnets/<subnet>). */
export function vnetIdOfSubnet(subnetId: string): string | null {
  const m = /^(.*\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(subnetId)
  return m ? m[1]! : null
}

function nicResource(n: NetworkInterface, subscription: string): Resource<NicAttributes> {
  const id = n.id ?? ''
  const ipConfigurations = (n.ipConfigurations ?? []).map((c) => ({
    name: c.name ?? '',
    privateIpAddress: c.privateIPAddress ?? null,
    subnetId: c.subnet?.id ?? null,
    publicIpAddressId: c.publicIPAddress?.id ?? null,
    primary: c.primary ?? false,
  }))
  const relations: Relation[] = []
  if (n.networkSecurityGroup?.id) relations.push(azureRelation('protected-by', n.networkSecurityGroup.id))
  for (const c of ipConfigurations) {
    if (c.subnetId) relations.push(azureRelation('in-subnet', c.subnetId))
    const vnet = c.subnetId ? vnetIdOfSubnet(c.subnetId) : null
    if (vnet) relations.push(azureRelation('in-virtual-network', vnet))
    if (c.publicIpAddressId) relations.push(azureRelation('has-public-ip', c.publicIpAddressId))
  }
  if (n.virtualMachine?.id) relations.push(azureRelation('attached-to', n.virtualMachine.id))
  return azureResource<NicAttributes>({
    id,
    type: T.nic,
    subscription,
    name: n.name,
    location: n.location,
    tags: n.tags,
    attributes: {
      resourceGroup: resourceGroupOf(id),
      networkSecurityGroupId: n.networkSecurityGroup?.id ?? null,
      virtualMachineId: n.virtualMachine?.id ?? null,
      ipConfigurations,
      // enableIPForwarding defaults to false (https://learn.microsoft.com/rest/api/virtualnetwork/network-interfaces/get).
      enableIpForwarding: n.enableIPForwarding ?? false,
    },
    relations: dedupe(relations),
  })
}

function dedupe(relations: Relation[]): Relation[] {
  const seen = new Set<string>()
  return relations.filter((r) => {
    const key = `${r.kind} ${r.target}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function publicIpResource(p: PublicIPAddress, subscription: string): Resource<PublicIpAttributes> {
  return azureResource<PublicIpAttributes>({
    id: p.id ?? '',
    type: T.publicIp,
    subscription,
    name: p.name,
    location: p.location,
    tags: p.tags,
    attributes: {
      ipAddress: p.ipAddress ?? null,
      allocationMethod: p.publicIPAllocationMethod ?? null,
      version: p.publicIPAddressVersion ?? null,
      skuName: p.sku?.name ?? null,
      ipConfigurationId: p.ipConfiguration?.id ?? null,
    },
  })
}

function vnetResource(v: VirtualNetwork, subscription: string): Resource<VirtualNetworkAttributes> {
  const id = v.id ?? ''
  const subnets: Subnet[] = (v.subnets ?? []).map((s) => ({
    id: s.id ?? `${id}/subnets/${s.name ?? ''}`,
    name: s.name ?? '',
    addressPrefixes: both(s.addressPrefix, s.addressPrefixes),
    networkSecurityGroupId: s.networkSecurityGroup?.id ?? null,
    routeTableId: s.routeTable?.id ?? null,
    delegations: (s.delegations ?? []).map((d) => d.serviceName ?? '').filter(Boolean),
  }))
  return azureResource<VirtualNetworkAttributes>({
    id,
    type: T.virtualNetwork,
    subscription,
    name: v.name,
    location: v.location,
    tags: v.tags,
    attributes: {
      resourceGroup: resourceGroupOf(id),
      addressPrefixes: v.addressSpace?.addressPrefixes ?? [],
      subnets,
      // enableDdosProtection defaults to false (https://learn.microsoft.com/rest/api/virtualnetwork/virtual-networks/get).
      ddosProtectionEnabled: v.enableDdosProtection ?? false,
    },
    relations: dedupe(subnets.filter((s) => s.networkSecurityGroupId).map((s) => azureRelation('protected-by', s.networkSecurityGroupId!))),
  })
}

function watcherResource(w: NetworkWatcher, subscription: string): Resource<NetworkWatcherAttributes> {
  return azureResource<NetworkWatcherAttributes>({
    id: w.id ?? '',
    type: T.networkWatcher,
    subscription,
    name: w.name,
    location: w.location,
    tags: w.tags,
    attributes: { provisioningState: w.provisioningState ?? null },
  })
}

/** NSGs, NICs, public IPs, virtual networks (with subnets) and Network Watchers of one subscription. */
export function normalizeAzureNetwork(raw: AzureNetworkRaw, scope: AzureNormalizeScope): Resource[] {
  const sub = scope.subscription
  return [
    ...raw.nsgs.filter((g) => g.id).map((g) => nsgResource(g, sub)),
    ...raw.nics.filter((n) => n.id).map((n) => nicResource(n, sub)),
    ...raw.publicIps.filter((p) => p.id).map((p) => publicIpResource(p, sub)),
    ...raw.virtualNetworks.filter((v) => v.id).map((v) => vnetResource(v, sub)),
    ...raw.watchers.filter((w) => w.id).map((w) => watcherResource(w, sub)),
  ]
}
