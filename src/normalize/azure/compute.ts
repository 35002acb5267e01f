import type { Relation, Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { AzureComputeRaw, AzureVmRaw, DataDisk, Disk, OSDisk, VirtualMachineExtension } from '../../collect/azure/compute.js'
import { azureRelation, azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { AZURE_COMPUTE_TYPES as T, type DiskAttributes, type VmAttributes, type VmDisk, type VmExtension } from './types-compute.js'

/** A disk of a VM's storage profile: managed when it names a managed disk, unmanaged when it names a VHD blob. */
function vmDisk(d: OSDisk | DataDisk): VmDisk {
  const managedDiskId = d.managedDisk?.id ?? null
  const vhdUri = d.vhd?.uri ?? null
  const ephemeral = 'diffDiskSettings' in d ? (d.diffDiskSettings?.placement ?? d.diffDiskSettings?.option ?? null) : null
  return {
    name: d.name ?? '',
    // An ephemeral OS disk carries managedDisk settings but no id; only a VHD uri makes a disk unmanaged.
    managed: vhdUri === null,
    managedDiskId,
    vhdUri,
    ephemeral,
  }
}

function vmExtension(e: VirtualMachineExtension): VmExtension {
  return {
    name: e.name ?? '',
    publisher: e.publisher ?? null,
    type: e.typePropertiesType ?? null,
    typeHandlerVersion: e.typeHandlerVersion ?? null,
    provisioningState: e.provisioningState ?? null,
    enableAutomaticUpgrade: e.enableAutomaticUpgrade ?? false,
  }
}

function vmResource({ vm, extensions }: AzureVmRaw, subscription: string): Resource<VmAttributes> {
  const id = vm.id ?? ''
  const storage = vm.storageProfile
  const osDisk = storage?.osDisk ? vmDisk(storage.osDisk) : null
  const dataDisks = (storage?.dataDisks ?? []).map(vmDisk)
  const security = vm.securityProfile
  const networkInterfaceIds = (vm.networkProfile?.networkInterfaces ?? []).map((n) => n.id ?? '').filter(Boolean)
  const relations: Relation[] = [
    ...networkInterfaceIds.map((nic) => azureRelation('uses-nic', nic)),
    ...[osDisk, ...dataDisks].filter((d) => d?.managedDiskId).map((d) => azureRelation('uses-disk', d!.managedDiskId!)),
  ]
  return azureResource<VmAttributes>({
    id,
    type: T.vm,
    subscription,
    name: vm.name,
    location: vm.location,
    tags: vm.tags,
    attributes: {
      resourceGroup: resourceGroupOf(id),
      vmId: vm.vmId ?? null,
      vmSize: vm.hardwareProfile?.vmSize ?? null,
      osType: storage?.osDisk?.osType ?? null,
      provisioningState: vm.provisioningState ?? null,
      osDisk,
      dataDisks,
      // encryptionAtHost: "The default behavior is: The Encryption at host will be disabled unless this property is set to true".
      encryptionAtHost: security?.encryptionAtHost ?? false,
      // securityType: "If not specified, Standard" — UEFI settings apply only with TrustedLaunch or ConfidentialVM.
      // https://learn.microsoft.com/rest/api/compute/virtual-machines/get#securityprofile
      securityType: security?.securityType ?? 'Standard',
      secureBootEnabled: security?.uefiSettings?.secureBootEnabled ?? false,
      vTpmEnabled: security?.uefiSettings?.vTpmEnabled ?? false,
      networkInterfaceIds,
      extensions: extensions.ok ? (extensions.value ?? []).map(vmExtension) : unknown(`compute:virtualMachineExtensions.list: ${extensions.reason}`),
      identityType: vm.identity?.type ?? null,
    },
    relations,
  })
}

function diskResource(d: Disk, subscription: string): Resource<DiskAttributes> {
  const id = d.id ?? ''
  const relations: Relation[] = []
  if (d.managedBy) relations.push(azureRelation('attached-to', d.managedBy))
  if (d.encryption?.diskEncryptionSetId) relations.push(azureRelation('encrypted-by', d.encryption.diskEncryptionSetId))
  return azureResource<DiskAttributes>({
    id,
    type: T.disk,
    subscription,
    name: d.name,
    location: d.location,
    tags: d.tags,
    attributes: {
      resourceGroup: resourceGroupOf(id),
      diskState: d.diskState ?? null,
      sizeGb: d.diskSizeGB ?? null,
      skuName: d.sku?.name ?? null,
      osType: d.osType ?? null,
      // Platform-managed keys are the default encryption of every managed disk
      // (https://learn.microsoft.com/azure/virtual-machines/disk-encryption#platform-managed-keys).
      encryptionType: d.encryption?.type ?? 'EncryptionAtRestWithPlatformKey',
      diskEncryptionSetId: d.encryption?.diskEncryptionSetId ?? null,
      // Without a policy a disk can be exported from any network (AllowAll), and publicNetworkAccess defaults to Enabled
      // (https://learn.microsoft.com/azure/virtual-machines/disks-enable-private-links-for-import-export-portal).
      networkAccessPolicy: d.networkAccessPolicy ?? 'AllowAll',
      publicNetworkAccess: d.publicNetworkAccess ?? 'Enabled',
      diskAccessId: d.diskAccessId ?? null,
      managedBy: d.managedBy ?? null,
      azureDiskEncryption: d.encryptionSettingsCollection?.enabled ?? false,
    },
    relations,
  })
}

/** VMs (with their extensions) and managed disks of one subscription. */
export function normalizeAzureCompute(raw: AzureComputeRaw, scope: AzureNormalizeScope): Resource[] {
  return [
    ...raw.vms.filter((v) => v.vm.id).map((v) => vmResource(v, scope.subscription)),
    ...raw.disks.filter((d) => d.id).map((d) => diskResource(d, scope.subscription)),
  ]
}
