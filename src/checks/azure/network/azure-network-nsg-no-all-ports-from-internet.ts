import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type NsgAttributes } from '../../../normalize/azure/types-compute.js'
import { ALL_PORTS, nsgExposureVerdict } from '../../_shared/azure-network.js'

/** NSGs must not admit every TCP or UDP port from the internet: such a rule leaves the group no filtering role. */
export default defineCheck<NsgAttributes>({
  id: 'azure-network-nsg-no-all-ports-from-internet',
  title: 'Network security group does not allow all ports from the internet',
  resourceType: AZURE_COMPUTE_TYPES.nsg,
  severity: 'critical',
  categories: ['network'],
  rationale:
    'An inbound Allow rule for every port from any address exposes every listening service of every associated VM — databases, ' +
    'management agents, debug ports — to the whole internet, undoing the deny-by-default of the NSG.',
  remediation: {
    steps: [
      'Delete inbound Allow rules whose destination port range is * (or 0-65535) and whose source is *, Internet, 0.0.0.0/0 or ::/0.',
      'Add narrow rules for the ports the workload serves, from the sources that need them.',
    ],
    cli: 'az network nsg rule delete --resource-group <rg> --nsg-name <nsg> --name <rule>',
    terraform:
      'Remove azurerm_network_security_rule resources (or security_rule blocks) with access = "Allow", direction = "Inbound", destination_port_range = "*" and source_address_prefix = "*" or "Internet".',
    references: [
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
      'https://learn.microsoft.com/azure/security/fundamentals/network-best-practices',
    ],
  },
  evaluate(nsg, result) {
    return nsgExposureVerdict(nsg, result, { protocols: ['Tcp', 'Udp'], ports: [ALL_PORTS], wholeSpan: true }, 'traffic on all ports')
  },
})
