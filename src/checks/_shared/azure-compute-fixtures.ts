/** Test fixtures for Azure network, compute and AKS checks: resources with safe defaults, overridable per test. */
import type { Resource } from '../../core/resource.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../normalize/azure/types.js'
import {
  AZURE_COMPUTE_TYPES as T,
  type AksClusterAttributes,
  type DiskAttributes,
  type NetworkWatcherAttributes,
  type NicAttributes,
  type NsgAttributes,
  type NsgRule,
  type PublicIpAttributes,
  type Subnet,
  type VirtualNetworkAttributes,
  type VmAttributes,
} from '../../normalize/azure/types-compute.js'
import { AZURE_TEST_SUBSCRIPTION, azureFixture } from './testing.js'

/** ARM id of a fixture resource in resource group rg-test of the test subscription. */
export function armId(armType: string, name: string, subscription = AZURE_TEST_SUBSCRIPTION): string {
  return `/subscriptions/${subscription}/resourceGroups/rg-test/providers/${armType}/${name}`
}

/** An inbound rule: Allow Tcp to '*' from `source` on `ports` at `priority`; override any field. */
export function nsgRule(overrides: Partial<NsgRule> & Pick<NsgRule, 'name'>): NsgRule {
  return {
    priority: 100,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefixes: ['*'],
    sourceApplicationSecurityGroupIds: [],
    destinationAddressPrefixes: ['*'],
    destinationApplicationSecurityGroupIds: [],
    destinationPortRanges: ['*'],
    isDefault: false,
    ...overrides,
  }
}

/** The platform's default inbound rules. */
export const DEFAULT_INBOUND: NsgRule[] = [
  nsgRule({
    name: 'AllowVnetInBound',
    priority: 65000,
    protocol: '*',
    sourceAddressPrefixes: ['VirtualNetwork'],
    destinationAddressPrefixes: ['VirtualNetwork'],
    isDefault: true,
  }),
  nsgRule({ name: 'AllowAzureLoadBalancerInBound', priority: 65001, protocol: '*', sourceAddressPrefixes: ['AzureLoadBalancer'], isDefault: true }),
  nsgRule({ name: 'DenyAllInBound', priority: 65500, access: 'Deny', protocol: '*', isDefault: true }),
]

/** An NSG `nsg-web` with the given custom rules and the default rules. */
export function nsgFixture(securityRules: NsgRule[] = [], name = 'nsg-web'): Resource<NsgAttributes> {
  return azureFixture<NsgAttributes>(
    T.nsg,
    { resourceGroup: 'rg-test', securityRules, defaultSecurityRules: DEFAULT_INBOUND, subnetIds: [], networkInterfaceIds: [] },
    { name, armType: 'Microsoft.Network/networkSecurityGroups' },
  )
}

/** A subnet of `vnet` with an optional NSG id. */
export function subnet(name: string, nsgId: string | null, vnet = 'vnet-app'): Subnet {
  return {
    id: `${armId('Microsoft.Network/virtualNetworks', vnet)}/subnets/${name}`,
    name,
    addressPrefixes: ['10.0.1.0/24'],
    networkSecurityGroupId: nsgId,
    routeTableId: null,
    delegations: [],
  }
}

/** A virtual network `vnet-app` in eastus with the given subnets. */
export function vnetFixture(subnets: Subnet[], name = 'vnet-app', region = 'eastus'): Resource<VirtualNetworkAttributes> {
  return azureFixture<VirtualNetworkAttributes>(
    T.virtualNetwork,
    { resourceGroup: 'rg-test', addressPrefixes: ['10.0.0.0/16'], subnets, ddosProtectionEnabled: false },
    { name, region, armType: 'Microsoft.Network/virtualNetworks' },
  )
}

/** A NIC in subnet `default` of vnet-app, with optional NSG and public IP; relations as the normalizer builds them. */
export function nicFixture(
  opts: { name?: string; nsgId?: string | null; publicIpId?: string | null; subnetId?: string } = {},
): Resource<NicAttributes> {
  const name = opts.name ?? 'vm-web-nic'
  const subnetId = opts.subnetId ?? subnet('default', null).id
  const nsgId = opts.nsgId ?? null
  const publicIpId = opts.publicIpId ?? null
  const vnetId = subnetId.replace(/\/subnets\/[^/]+$/, '')
  return azureFixture<NicAttributes>(
    T.nic,
    {
      resourceGroup: 'rg-test',
      networkSecurityGroupId: nsgId,
      virtualMachineId: null,
      ipConfigurations: [{ name: 'ipconfig1', privateIpAddress: '10.0.1.4', subnetId, publicIpAddressId: publicIpId, primary: true }],
      enableIpForwarding: false,
    },
    {
      name,
      armType: 'Microsoft.Network/networkInterfaces',
      relations: [
        ...(nsgId ? [{ kind: 'protected-by', target: nsgId.toLowerCase() }] : []),
        { kind: 'in-subnet', target: subnetId.toLowerCase() },
        { kind: 'in-virtual-network', target: vnetId.toLowerCase() },
        ...(publicIpId ? [{ kind: 'has-public-ip', target: publicIpId.toLowerCase() }] : []),
      ],
    },
  )
}

/** A public IP `name` with an address. */
export function publicIpFixture(name = 'vm-web-ip', ipAddress: string | null = '20.42.0.10'): Resource<PublicIpAttributes> {
  return azureFixture<PublicIpAttributes>(
    T.publicIp,
    { ipAddress, allocationMethod: 'Static', version: 'IPv4', skuName: 'Standard', ipConfigurationId: null },
    { name, armType: 'Microsoft.Network/publicIPAddresses' },
  )
}

/** A Network Watcher in `region`. */
export function watcherFixture(region: string, provisioningState: string | null = 'Succeeded'): Resource<NetworkWatcherAttributes> {
  return azureFixture<NetworkWatcherAttributes>(
    T.networkWatcher,
    { provisioningState },
    { name: `NetworkWatcher_${region}`, region, armType: 'Microsoft.Network/networkWatchers' },
  )
}

/** The test subscription resource. */
export function subscriptionFixture(): Resource<AzureSubscriptionAttributes> {
  return azureFixture<AzureSubscriptionAttributes>(
    AZURE_CORE.subscription,
    { subscriptionId: AZURE_TEST_SUBSCRIPTION, displayName: 'Posture Test', state: 'Enabled', tenantId: '72f988bf-0000-0000-0000-000000000000' },
    { uid: `/subscriptions/${AZURE_TEST_SUBSCRIPTION}`, name: 'Posture Test', region: 'global' },
  )
}

/** A hardened Linux VM `vm-web` (managed disks, host encryption, Trusted Launch, AMA) with one NIC; override any attribute. */
export function vmFixture(
  attrs: Partial<VmAttributes> = {},
  nicIds: string[] = [armId('Microsoft.Network/networkInterfaces', 'vm-web-nic')],
): Resource<VmAttributes> {
  const osDiskId = armId('Microsoft.Compute/disks', 'vm-web_OsDisk_1')
  const attributes: VmAttributes = {
    resourceGroup: 'rg-test',
    vmId: '0f8a1e2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
    vmSize: 'Standard_D2s_v5',
    osType: 'Linux',
    provisioningState: 'Succeeded',
    osDisk: { name: 'vm-web_OsDisk_1', managed: true, managedDiskId: osDiskId, vhdUri: null, ephemeral: null },
    dataDisks: [],
    encryptionAtHost: true,
    securityType: 'TrustedLaunch',
    secureBootEnabled: true,
    vTpmEnabled: true,
    networkInterfaceIds: nicIds,
    extensions: [
      {
        name: 'AzureMonitorLinuxAgent',
        publisher: 'Microsoft.Azure.Monitor',
        type: 'AzureMonitorLinuxAgent',
        typeHandlerVersion: '1.33',
        provisioningState: 'Succeeded',
        enableAutomaticUpgrade: true,
      },
    ],
    identityType: 'SystemAssigned',
    ...attrs,
  }
  return azureFixture<VmAttributes>(T.vm, attributes, {
    name: 'vm-web',
    armType: 'Microsoft.Compute/virtualMachines',
    relations: [...nicIds.map((id) => ({ kind: 'uses-nic', target: id.toLowerCase() })), { kind: 'uses-disk', target: osDiskId.toLowerCase() }],
  })
}

/** An attached data disk `data-01` encrypted with platform keys and closed to public export; override any attribute. */
export function diskFixture(attrs: Partial<DiskAttributes> = {}, name = 'data-01'): Resource<DiskAttributes> {
  return azureFixture<DiskAttributes>(
    T.disk,
    {
      resourceGroup: 'rg-test',
      diskState: 'Attached',
      sizeGb: 128,
      skuName: 'Premium_LRS',
      osType: null,
      encryptionType: 'EncryptionAtRestWithPlatformKey',
      diskEncryptionSetId: null,
      networkAccessPolicy: 'DenyAll',
      publicNetworkAccess: 'Disabled',
      diskAccessId: null,
      managedBy: armId('Microsoft.Compute/virtualMachines', 'vm-web'),
      azureDiskEncryption: false,
      ...attrs,
    },
    { name, armType: 'Microsoft.Compute/disks' },
  )
}

/** A hardened AKS cluster `aks-prod` (RBAC, Entra, no local accounts, private API server, Azure network policy). */
export function aksFixture(attrs: Partial<AksClusterAttributes> = {}, name = 'aks-prod'): Resource<AksClusterAttributes> {
  return azureFixture<AksClusterAttributes>(
    T.aksCluster,
    {
      resourceGroup: 'rg-test',
      kubernetesVersion: '1.31.2',
      provisioningState: 'Succeeded',
      enableRbac: true,
      aad: { managed: true, enableAzureRbac: true, adminGroupObjectIds: ['6b1a3b0e-0000-4000-8000-000000000001'] },
      disableLocalAccounts: true,
      privateCluster: true,
      authorizedIpRanges: [],
      publicNetworkAccess: 'Enabled',
      networkPlugin: 'azure',
      networkPolicy: 'azure',
      ...attrs,
    },
    { name, armType: 'Microsoft.ContainerService/managedClusters' },
  )
}
