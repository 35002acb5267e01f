import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type VmAttributes } from '../../../normalize/azure/types-compute.js'

/** Encryption at host also covers temp disks and disk caches, which server-side encryption of managed disks leaves clear. */
export default defineCheck<VmAttributes>({
  id: 'azure-compute-vm-encryption-at-host',
  title: 'Virtual machine has encryption at host enabled',
  resourceType: AZURE_COMPUTE_TYPES.vm,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Server-side encryption protects managed disks at rest in storage, but the temporary disk and the OS/data disk caches live on the ' +
    'host unencrypted; encryption at host encrypts them and the data flowing to storage end to end.',
  remediation: {
    steps: [
      'Register the EncryptionAtHost feature for the subscription (az feature register --namespace Microsoft.Compute --name EncryptionAtHost).',
      'Deallocate the VM, enable encryption at host, and start it again.',
    ],
    cli: 'az vm deallocate -g <rg> -n <vm> && az vm update -g <rg> -n <vm> --set securityProfile.encryptionAtHost=true && az vm start -g <rg> -n <vm>',
    terraform: 'azurerm_linux_virtual_machine / azurerm_windows_virtual_machine: encryption_at_host_enabled = true',
    references: ['https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data'],
  },
  evaluate(vm, result) {
    return vm.attributes.encryptionAtHost
      ? result.pass(`VM ${vm.name} has encryption at host enabled.`)
      : result.fail(`VM ${vm.name} does not have encryption at host enabled, so its temp disk and disk caches are not encrypted.`)
  },
})
