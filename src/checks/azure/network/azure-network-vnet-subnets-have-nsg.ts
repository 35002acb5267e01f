import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type VirtualNetworkAttributes } from '../../../normalize/azure/types-compute.js'
import { isNsgExemptSubnet } from '../../_shared/azure-network.js'

/** Every subnet that can carry an NSG should have one, so traffic between and into subnets is filtered by default. */
export default defineCheck<VirtualNetworkAttributes>({
  id: 'azure-network-vnet-subnets-have-nsg',
  title: 'Virtual network subnets are associated with a network security group',
  resourceType: AZURE_COMPUTE_TYPES.virtualNetwork,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A subnet without an NSG relies on each NIC carrying its own group; one NIC created without it is reachable on every port from ' +
    'wherever routing allows. A subnet-level NSG gives every resource in the subnet a deny-by-default baseline.',
  remediation: {
    steps: [
      'Create an NSG with the rules the subnet needs and associate it with each subnet listed.',
      'Gateway, firewall, route server and Bastion subnets are exempt: they do not support NSGs or filter traffic themselves.',
    ],
    cli: 'az network vnet subnet update --resource-group <rg> --vnet-name <vnet> --name <subnet> --network-security-group <nsg>',
    terraform:
      'azurerm_subnet_network_security_group_association { subnet_id = azurerm_subnet.<name>.id, network_security_group_id = azurerm_network_security_group.<name>.id }',
    references: [
      'https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works',
      'https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet',
    ],
  },
  evaluate(vnet, result) {
    const subnets = vnet.attributes.subnets.filter((s) => !isNsgExemptSubnet(s.name))
    const bare = subnets.filter((s) => s.networkSecurityGroupId === null).map((s) => s.name)
    if (bare.length > 0) return result.fail(`Subnet(s) ${bare.join(', ')} of virtual network ${vnet.name} have no network security group.`)
    return subnets.length === 0
      ? result.pass(`Virtual network ${vnet.name} has no subnet that can carry a network security group.`)
      : result.pass(`All ${subnets.length} subnet(s) of virtual network ${vnet.name} that can carry one have a network security group.`)
  },
})
