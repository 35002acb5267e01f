import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type VmAttributes } from '../../../normalize/azure/types-compute.js'

/** VMs should run with Trusted Launch (or as confidential VMs) with Secure Boot and vTPM on, against boot kits and rootkits. */
export default defineCheck<VmAttributes>({
  id: 'azure-compute-vm-trusted-launch',
  title: 'Virtual machine uses Trusted Launch with Secure Boot and vTPM enabled',
  resourceType: AZURE_COMPUTE_TYPES.vm,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Secure Boot refuses unsigned boot loaders and kernels, and the vTPM measures the boot chain so Defender for Cloud can attest it; ' +
    'together they defeat boot kits and kernel rootkits that survive reinstallation of the OS. CIS Microsoft Azure Foundations asks for Trusted Launch.',
  remediation: {
    steps: [
      'For Generation 2 VMs, deallocate the VM and upgrade it to Trusted Launch, then enable Secure Boot and vTPM.',
      'Generation 1 VMs must first be converted to Generation 2 (or redeployed from a Trusted Launch image).',
    ],
    cli: 'az vm deallocate -g <rg> -n <vm> && az vm update -g <rg> -n <vm> --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true',
    terraform:
      'azurerm_linux_virtual_machine / azurerm_windows_virtual_machine: secure_boot_enabled = true, vtpm_enabled = true (with a Gen2 Trusted Launch image).',
    references: [
      'https://learn.microsoft.com/azure/virtual-machines/trusted-launch',
      'https://learn.microsoft.com/azure/virtual-machines/trusted-launch-existing-vm',
    ],
  },
  evaluate(vm, result) {
    const { securityType, secureBootEnabled, vTpmEnabled } = vm.attributes
    if (securityType !== 'TrustedLaunch' && securityType !== 'ConfidentialVM') {
      return result.fail(`VM ${vm.name} has security type ${securityType}, not Trusted Launch.`)
    }
    const off = [secureBootEnabled ? '' : 'Secure Boot', vTpmEnabled ? '' : 'vTPM'].filter(Boolean)
    return off.length === 0
      ? result.pass(`VM ${vm.name} uses ${securityType} with Secure Boot and vTPM enabled.`)
      : result.fail(`VM ${vm.name} uses ${securityType} but has ${off.join(' and ')} disabled.`)
  },
})
