import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type NsgAttributes } from '../../../normalize/azure/types-compute.js'
import { nsgExposureVerdict } from '../../_shared/azure-network.js'

/** NSGs should not admit HTTP(S) from the internet straight to VMs: publish web workloads through a WAF-fronted gateway. */
export default defineCheck<NsgAttributes>({
  id: 'azure-network-nsg-no-http-from-internet',
  title: 'Network security group does not allow HTTP(S) (80/443) from the internet',
  resourceType: AZURE_COMPUTE_TYPES.nsg,
  severity: 'low',
  categories: ['network'],
  rationale:
    'Web ports open from any address put the VMs behind the group directly on the internet, without the filtering, TLS policy and ' +
    'DDoS absorption of Application Gateway or Front Door with a web application firewall; CIS Microsoft Azure Foundations asks that HTTP(S) access from the internet be evaluated and restricted.',
  remediation: {
    steps: [
      'Where the web workload should not be public, delete or narrow inbound Allow rules covering TCP 80 or 443 from *, Internet, 0.0.0.0/0 or ::/0.',
      'Where it should be public, publish it through Application Gateway or Front Door with WAF and allow only the gateway subnet or the AzureFrontDoor.Backend service tag.',
    ],
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes AzureFrontDoor.Backend',
    terraform:
      'azurerm_network_security_rule (or security_rule blocks) with access = "Allow" covering destination ports 80/443: set source_address_prefix to the gateway subnet or a service tag, not "*" or "Internet".',
    references: [
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
      'https://learn.microsoft.com/azure/web-application-firewall/overview',
    ],
  },
  evaluate(nsg, result) {
    return nsgExposureVerdict(
      nsg,
      result,
      {
        protocols: ['Tcp'],
        ports: [
          { from: 80, to: 80 },
          { from: 443, to: 443 },
        ],
      },
      'HTTP(S) (TCP 80/443)',
    )
  },
})
