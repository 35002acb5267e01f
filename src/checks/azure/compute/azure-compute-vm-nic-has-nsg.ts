import { defineCheck } from '../../../evaluate/define-check.js'
import { azureUid } from '../../../normalize/azure/helpers.js'
import { AZURE_COMPUTE_TYPES, type Subnet, type VirtualNetworkAttributes, type VmAttributes } from '../../../normalize/azure/types-compute.js'
import { vmNics } from '../../_shared/azure-network.js'

/** Every NIC of a VM must be filtered by an NSG, on the NIC itself or on its subnet. */
export default defineCheck<VmAttributes>({
  id: 'azure-compute-vm-nic-has-nsg',
  title: 'Virtual machine network interfaces are protected by a network security group',
  resourceType: AZURE_COMPUTE_TYPES.vm,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without an NSG on the NIC or its subnet, nothing filters traffic to the VM inside the virtual network, and a public IP or ' +
    'load-balancer rule exposes every listening port.',
  remediation: {
    steps: [
      'Associate an NSG with the VM’s subnet (preferred) or with the network interface.',
      'Allow only the ports and sources the workload needs.',
    ],
    cli: 'az network vnet subnet update -g <rg> --vnet-name <vnet> -n <subnet> --network-security-group <nsg>   # or: az network nic update -g <rg> -n <nic> --network-security-group <nsg>',
    terraform: 'azurerm_subnet_network_security_group_association or azurerm_network_interface_security_group_association.',
    references: ['https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works'],
  },
  evaluate(vm, result, { inventory }) {
    const { nics, missing } = vmNics(vm, inventory)
    if (missing.length > 0) return result.error(`Network interface(s) ${missing.join(', ')} of VM ${vm.name} were not collected.`)
    const subnets = new Map<string, Subnet>()
    const needSubnets = nics.some((n) => n.attributes.networkSecurityGroupId === null)
    if (needSubnets) {
      const vnets = inventory.resources<VirtualNetworkAttributes>(AZURE_COMPUTE_TYPES.virtualNetwork, { account: vm.account })
      for (const s of vnets.flatMap((v) => v.attributes.subnets)) subnets.set(azureUid(s.id), s)
    }
    const bare: string[] = []
    for (const nic of nics.filter((n) => n.attributes.networkSecurityGroupId === null)) {
      const ids = nic.attributes.ipConfigurations.map((c) => c.subnetId).filter((id): id is string => id !== null)
      const unseen = ids.filter((id) => !subnets.has(azureUid(id)))
      if (unseen.length > 0) return result.error(`Subnet ${unseen[0]!.split('/').pop()} of NIC ${nic.name} was not collected.`)
      if (ids.length === 0 || ids.some((id) => subnets.get(azureUid(id))!.networkSecurityGroupId === null)) bare.push(nic.name)
    }
    return bare.length === 0
      ? result.pass(`Every network interface of VM ${vm.name} is filtered by an NSG on the NIC or its subnet.`)
      : result.fail(`Network interface(s) ${bare.join(', ')} of VM ${vm.name} have no NSG on the NIC or its subnet.`)
  },
})
