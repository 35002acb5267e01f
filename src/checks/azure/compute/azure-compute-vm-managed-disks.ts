import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type VmAttributes, type VmDisk } from '../../../normalize/azure/types-compute.js'

/** VMs should use managed disks, not VHD blobs in storage accounts the VM owner must secure themselves. */
export default defineCheck<VmAttributes>({
  id: 'azure-compute-vm-managed-disks',
  title: 'Virtual machine uses managed disks for its OS and data disks',
  resourceType: AZURE_COMPUTE_TYPES.vm,
  severity: 'medium',
  categories: ['encryption', 'resilience'],
  rationale:
    'Unmanaged disks are page blobs in a storage account: anyone with its keys or a SAS can copy the VHD, and the account’s network ' +
    'rules, encryption and redundancy are left to the owner. Managed disks are encrypted by default, isolated in their own resources, ' +
    'support private export and zone redundancy; unmanaged disks are retired (CIS Microsoft Azure Foundations: use managed disks).',
  remediation: {
    steps: ['Stop (deallocate) the VM and convert its disks to managed disks.', 'Delete the source VHD blobs once the conversion is verified.'],
    cli: 'az vm deallocate --resource-group <rg> --name <vm> && az vm convert --resource-group <rg> --name <vm>',
    terraform:
      'Use azurerm_linux_virtual_machine / azurerm_windows_virtual_machine (os_disk is always managed) with azurerm_managed_disk data disks instead of azurerm_virtual_machine storage_os_disk { vhd_uri }.',
    references: [
      'https://learn.microsoft.com/azure/virtual-machines/windows/convert-unmanaged-to-managed-disks',
      'https://learn.microsoft.com/azure/virtual-machines/unmanaged-disks-deprecation',
    ],
  },
  evaluate(vm, result) {
    const { osDisk, dataDisks } = vm.attributes
    const unmanaged = [osDisk, ...dataDisks].filter((d): d is VmDisk => d !== null && !d.managed).map((d) => d.name || (d.vhdUri ?? '?'))
    return unmanaged.length === 0
      ? result.pass(`VM ${vm.name} uses managed disks only.`)
      : result.fail(`VM ${vm.name} uses unmanaged VHD disk(s) ${unmanaged.join(', ')}.`)
  },
})
