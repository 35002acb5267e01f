import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type DiskAttributes } from '../../../normalize/azure/types-compute.js'

/** Managed disks should not be exportable or uploadable through SAS URIs from any network. */
export default defineCheck<DiskAttributes>({
  id: 'azure-compute-disk-no-public-network-access',
  title: 'Managed disk does not allow import or export from all networks',
  resourceType: AZURE_COMPUTE_TYPES.disk,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With network access policy AllowAll and public network access Enabled, anyone holding a SAS URI for the disk can download the ' +
    'whole disk image from anywhere on the internet; restricting export to private endpoints (AllowPrivate) or denying it keeps disk ' +
    'contents inside the network even if a SAS leaks (CIS Microsoft Azure Foundations: disk network access not public).',
  remediation: {
    steps: [
      'Set the disk’s network access policy to DenyAll, or to AllowPrivate with a disk access resource and private endpoint.',
      'Set public network access to Disabled.',
    ],
    cli: 'az disk update --resource-group <rg> --name <disk> --network-access-policy DenyAll --public-network-access Disabled',
    terraform:
      'azurerm_managed_disk: network_access_policy = "DenyAll" (or "AllowPrivate" with disk_access_id) and public_network_access_enabled = false',
    references: [
      'https://learn.microsoft.com/azure/virtual-machines/disks-enable-private-links-for-import-export-portal',
      'https://learn.microsoft.com/azure/virtual-machines/disks-restrict-import-export-overview',
    ],
  },
  evaluate(disk, result) {
    const { networkAccessPolicy, publicNetworkAccess } = disk.attributes
    // Public network access Disabled blocks internet access to the disk's data even with AllowAll
    // (https://learn.microsoft.com/javascript/api/@azure/arm-compute/knownpublicnetworkaccess).
    if (networkAccessPolicy === 'AllowAll' && publicNetworkAccess !== 'Disabled') {
      return result.fail(
        `Disk ${disk.name} can be exported or uploaded from any network (network access policy AllowAll, public network access ${publicNetworkAccess}).`,
      )
    }
    return result.pass(
      `Disk ${disk.name} cannot be exported from the internet (network access policy ${networkAccessPolicy}, public network access ${publicNetworkAccess}).`,
    )
  },
})
