import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type PublicIpAttributes, type VmAttributes } from '../../../normalize/azure/types-compute.js'
import { vmNics } from '../../_shared/azure-network.js'

/** VMs should not carry public IP addresses: publish services through load balancers or gateways, administer through Bastion. */
export default defineCheck<VmAttributes>({
  id: 'azure-compute-vm-no-public-ip',
  title: 'Virtual machine has no public IP address on its network interfaces',
  resourceType: AZURE_COMPUTE_TYPES.vm,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A public IP puts the VM directly on the internet, one NSG rule away from exposing every listening service; keeping VMs on ' +
    'private addresses behind load balancers, Application Gateway, NAT gateway and Azure Bastion removes that attack surface.',
  remediation: {
    steps: [
      'Dissociate the public IP address from the NIC’s IP configuration (and delete it if unused).',
      'Publish the workload through a load balancer or Application Gateway and use Azure Bastion for administration.',
    ],
    cli: 'az network nic ip-config update --resource-group <rg> --nic-name <nic> --name <ipconfig> --remove publicIpAddress',
    terraform: 'azurerm_network_interface ip_configuration: remove public_ip_address_id.',
    references: [
      'https://learn.microsoft.com/azure/virtual-network/ip-services/remove-public-ip-address-vm',
      'https://learn.microsoft.com/azure/bastion/bastion-overview',
    ],
  },
  evaluate(vm, result, { inventory }) {
    const { nics, missing } = vmNics(vm, inventory)
    if (missing.length > 0) return result.error(`Network interface(s) ${missing.join(', ')} of VM ${vm.name} were not collected.`)
    const exposed = nics.flatMap((nic) =>
      nic.attributes.ipConfigurations
        .filter((c) => c.publicIpAddressId !== null)
        .map((c) => {
          const ip = inventory.get<PublicIpAttributes>(c.publicIpAddressId!.toLowerCase())
          const address = ip?.attributes.ipAddress ? ` (${ip.attributes.ipAddress})` : ''
          return `${c.publicIpAddressId!.split('/').pop()}${address} on ${nic.name}`
        }),
    )
    return exposed.length === 0
      ? result.pass(`VM ${vm.name} has no public IP address on its ${nics.length} network interface(s).`)
      : result.fail(`VM ${vm.name} has public IP address(es) ${exposed.join(', ')}.`)
  },
})
