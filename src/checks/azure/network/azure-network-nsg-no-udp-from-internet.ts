import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type NsgAttributes } from '../../../normalize/azure/types-compute.js'
import { ALL_PORTS, nsgExposureVerdict } from '../../_shared/azure-network.js'

/** NSGs must not admit UDP from the whole internet: exposed UDP services are abused as DDoS amplifiers. */
export default defineCheck<NsgAttributes>({
  id: 'azure-network-nsg-no-udp-from-internet',
  title: 'Network security group does not allow UDP from the internet',
  resourceType: AZURE_COMPUTE_TYPES.nsg,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'UDP services open to the internet (DNS, NTP, SSDP, SNMP, CLDAP) can be used to reflect and amplify spoofed traffic against other ' +
    'networks and against the virtual network itself; CIS Microsoft Azure Foundations asks that UDP access from the internet be evaluated and restricted.',
  remediation: {
    steps: [
      'Delete or narrow inbound Allow rules with protocol UDP or * whose source is *, Internet, 0.0.0.0/0 or ::/0.',
      'Reach internal UDP services over ExpressRoute, site-to-site or point-to-site VPN instead.',
    ],
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <cidr>   # or: az network nsg rule delete ...',
    terraform:
      'azurerm_network_security_rule (or security_rule blocks) with access = "Allow" and protocol = "Udp" or "*": set source_address_prefix(es) to specific ranges, not "*" or "Internet".',
    references: [
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
      'https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview',
    ],
  },
  evaluate(nsg, result) {
    return nsgExposureVerdict(nsg, result, { protocols: ['Udp'], ports: [ALL_PORTS] }, 'UDP')
  },
})
