/**
 * Azure network, compute and AKS resources. Relations: VM → NIC ('uses-nic'), VM → managed disk ('uses-disk'),
 * NIC → NSG ('protected-by'), NIC → subnet ('in-subnet', the subnet's ARM id) and its virtual network
 * ('in-virtual-network'), NIC → public IP ('has-public-ip'), NIC → VM ('attached-to'), disk → VM ('attached-to'),
 * disk → disk encryption set ('encrypted-by').
 */
import type { Maybe } from '../../core/unknown.js'

/** Type ids of the compute group. */
export const AZURE_COMPUTE_TYPES = {
  nsg: 'azure.network.nsg',
  nic: 'azure.network.nic',
  publicIp: 'azure.network.public-ip',
  virtualNetwork: 'azure.network.virtual-network',
  networkWatcher: 'azure.network.watcher',
  vm: 'azure.compute.vm',
  disk: 'azure.compute.disk',
  aksCluster: 'azure.aks.cluster',
} as const

/**
 * One NSG security rule, with the singular and plural forms of each field merged (the API fills one or the other:
 * `sourceAddressPrefix` or `sourceAddressPrefixes`, `destinationPortRange` or `destinationPortRanges`).
 */
export interface NsgRule {
  name: string
  /** 100–4096 for custom rules, 65000+ for default rules; lower numbers are evaluated first. */
  priority: number
  /** Inbound or Outbound. */
  direction: string
  /** Allow or Deny. */
  access: string
  /** Tcp, Udp, Icmp, Esp, Ah or '*'. */
  protocol: string
  /** Address prefixes and service tags ('*', 'Internet', 'VirtualNetwork', '10.0.0.0/8', ...). */
  sourceAddressPrefixes: string[]
  /** Ids of source application security groups (a rule uses these instead of prefixes). */
  sourceApplicationSecurityGroupIds: string[]
  destinationAddressPrefixes: string[]
  destinationApplicationSecurityGroupIds: string[]
  /** Port ranges as the API writes them: '*', '22', '1024-65535'. */
  destinationPortRanges: string[]
  /** True for the platform's default rules (AllowVnetInBound, DenyAllInBound, ...). */
  isDefault: boolean
}

/** A network security group. */
export interface NsgAttributes {
  resourceGroup: string
  /** Custom rules. */
  securityRules: NsgRule[]
  /** The platform's default rules (priorities 65000–65500), evaluated after the custom ones. */
  defaultSecurityRules: NsgRule[]
  /** Subnets (ARM ids) and NICs the group is associated with. */
  subnetIds: string[]
  networkInterfaceIds: string[]
}

/** One IP configuration of a NIC. */
export interface NicIpConfiguration {
  name: string
  privateIpAddress: string | null
  /** ARM id of the subnet, or null. */
  subnetId: string | null
  /** ARM id of the associated public IP address resource, or null. */
  publicIpAddressId: string | null
  primary: boolean
}

/** A network interface. */
export interface NicAttributes {
  resourceGroup: string
  /** The NSG associated with the NIC itself (a subnet may carry another), or null. */
  networkSecurityGroupId: string | null
  /** The VM the NIC is attached to, or null. */
  virtualMachineId: string | null
  ipConfigurations: NicIpConfiguration[]
  enableIpForwarding: boolean
}

/** A public IP address resource. */
export interface PublicIpAttributes {
  /** The allocated address; null while a dynamic address is not allocated. */
  ipAddress: string | null
  /** Static or Dynamic. */
  allocationMethod: string | null
  /** IPv4 or IPv6. */
  version: string | null
  /** Basic or Standard. */
  skuName: string | null
  /** ARM id of the IP configuration (NIC, load balancer, gateway, ...) using it, or null when unassociated. */
  ipConfigurationId: string | null
}

/** A subnet of a virtual network. */
export interface Subnet {
  /** ARM id of the subnet. */
  id: string
  name: string
  addressPrefixes: string[]
  /** ARM id of the subnet's NSG, or null. */
  networkSecurityGroupId: string | null
  routeTableId: string | null
  /** Service names of delegations (Microsoft.Web/serverFarms, ...). */
  delegations: string[]
}

/** A virtual network with its subnets. */
export interface VirtualNetworkAttributes {
  resourceGroup: string
  addressPrefixes: string[]
  subnets: Subnet[]
  ddosProtectionEnabled: boolean
}

/** A Network Watcher (one per region and subscription). */
export interface NetworkWatcherAttributes {
  /** Succeeded, Updating, Deleting, Failed. */
  provisioningState: string | null
}

/** A disk as a VM's storage profile names it. */
export interface VmDisk {
  name: string
  /** True for a managed disk, false for an unmanaged VHD in a storage account. */
  managed: boolean
  /** ARM id of the managed disk, or null. */
  managedDiskId: string | null
  /** URI of an unmanaged VHD, or null. */
  vhdUri: string | null
  /** Ephemeral OS disk placement ('CacheDisk', 'ResourceDisk', ...) or null. */
  ephemeral: string | null
}

/** A VM extension (from virtualMachineExtensions.list). */
export interface VmExtension {
  name: string
  publisher: string | null
  /** Extension type, e.g. AzureMonitorLinuxAgent. */
  type: string | null
  typeHandlerVersion: string | null
  /** Succeeded, Failed, Creating, ... */
  provisioningState: string | null
  enableAutomaticUpgrade: boolean
}

/** A virtual machine. */
export interface VmAttributes {
  resourceGroup: string
  vmId: string | null
  vmSize: string | null
  /** Windows or Linux (from the OS disk), or null. */
  osType: string | null
  provisioningState: string | null
  osDisk: VmDisk | null
  dataDisks: VmDisk[]
  /** securityProfile.encryptionAtHost; false when omitted (the documented default). */
  encryptionAtHost: boolean
  /** Standard, TrustedLaunch or ConfidentialVM; 'Standard' when omitted (the documented default). */
  securityType: string
  secureBootEnabled: boolean
  vTpmEnabled: boolean
  /** ARM ids of the NICs. */
  networkInterfaceIds: string[]
  /** Installed extensions; Unknown when virtualMachineExtensions.list failed. */
  extensions: Maybe<VmExtension[]>
  /** None, SystemAssigned, UserAssigned, 'SystemAssigned, UserAssigned'. */
  identityType: string | null
}

/** A managed disk. */
export interface DiskAttributes {
  resourceGroup: string
  /** Attached, Unattached, Reserved, ActiveSAS, ... */
  diskState: string | null
  sizeGb: number | null
  skuName: string | null
  osType: string | null
  /** EncryptionAtRestWithPlatformKey (the default when omitted), ...WithCustomerKey, ...WithPlatformAndCustomerKeys. */
  encryptionType: string
  diskEncryptionSetId: string | null
  /** AllowAll (the default when omitted), AllowPrivate or DenyAll. */
  networkAccessPolicy: string
  /** Enabled (the default when omitted) or Disabled. */
  publicNetworkAccess: string
  diskAccessId: string | null
  /** ARM id of the VM the disk is attached to, or null. */
  managedBy: string | null
  /** True when Azure Disk Encryption settings are enabled on the disk. */
  azureDiskEncryption: boolean
}

/** An AKS managed cluster. */
export interface AksClusterAttributes {
  resourceGroup: string
  kubernetesVersion: string | null
  provisioningState: string | null
  /** Kubernetes RBAC (enableRBAC); null when the API did not report it. */
  enableRbac: boolean | null
  /** Microsoft Entra integration, or null when the cluster has none. */
  aad: { managed: boolean; enableAzureRbac: boolean; adminGroupObjectIds: string[] } | null
  /** disableLocalAccounts; false when omitted (the documented default). */
  disableLocalAccounts: boolean
  /** apiServerAccessProfile.enablePrivateCluster; false when omitted. */
  privateCluster: boolean
  /** apiServerAccessProfile.authorizedIPRanges; [] when none are set. */
  authorizedIpRanges: string[]
  /** Enabled or Disabled; null when omitted. */
  publicNetworkAccess: string | null
  /** azure, kubenet, none, or null. */
  networkPlugin: string | null
  /** azure, calico, cilium, none, or null when no network policy engine is installed. */
  networkPolicy: string | null
}
