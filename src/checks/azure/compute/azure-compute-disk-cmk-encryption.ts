import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type DiskAttributes } from '../../../normalize/azure/types-compute.js'

/** Encryption types that use a customer-managed key (through a disk encryption set). */
const CMK_TYPES = ['EncryptionAtRestWithCustomerKey', 'EncryptionAtRestWithPlatformAndCustomerKeys']

/** Managed disks holding sensitive data should be encrypted with customer-managed keys the organization controls. */
export default defineCheck<DiskAttributes>({
  id: 'azure-compute-disk-cmk-encryption',
  title: 'Managed disk is encrypted with a customer-managed key',
  resourceType: AZURE_COMPUTE_TYPES.disk,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Platform-managed keys encrypt every disk, but only a customer-managed key in Key Vault lets the organization rotate, audit and ' +
    'revoke access to the data (crypto-shredding); CIS Microsoft Azure Foundations asks for CMK on OS, data and unattached disks.',
  remediation: {
    steps: [
      'Create a Key Vault key (purge protection on) and a disk encryption set that uses it; grant the set access to the key.',
      'Deallocate the VM (or detach the disk) and switch the disk to the disk encryption set.',
    ],
    cli: 'az disk update --resource-group <rg> --name <disk> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <des-id>',
    terraform: 'azurerm_managed_disk (or os_disk of azurerm_linux_virtual_machine): disk_encryption_set_id = azurerm_disk_encryption_set.<name>.id',
    references: [
      'https://learn.microsoft.com/azure/virtual-machines/disk-encryption#customer-managed-keys',
      'https://learn.microsoft.com/azure/virtual-machines/disks-enable-customer-managed-keys-portal',
    ],
  },
  evaluate(disk, result) {
    const { encryptionType, diskState } = disk.attributes
    const state = diskState ? ` (${diskState.toLowerCase()})` : ''
    return CMK_TYPES.includes(encryptionType)
      ? result.pass(`Disk ${disk.name}${state} is encrypted with a customer-managed key (${encryptionType}).`)
      : result.fail(`Disk ${disk.name}${state} is encrypted only with platform-managed keys (${encryptionType}).`)
  },
})
