import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type NsgAttributes } from '../../../normalize/azure/types-compute.js'
import { nsgExposureVerdict } from '../../_shared/azure-network.js'

/** NSGs must not admit SSH from the whole internet: port 22 is scanned and brute-forced constantly. */
export default defineCheck<NsgAttributes>({
  id: 'azure-network-nsg-no-ssh-from-internet',
  title: 'Network security group does not allow SSH (22) from the internet',
  resourceType: AZURE_COMPUTE_TYPES.nsg,
  severity: 'high',
  categories: ['network'],
  rationale:
    'An SSH port reachable from any address is exposed to credential stuffing, stolen keys and sshd vulnerabilities such as regreSSHion ' +
    '(CVE-2024-6387); CIS Microsoft Azure Foundations asks that SSH access from the internet be evaluated and restricted.',
  remediation: {
    steps: [
      'Delete or narrow inbound Allow rules covering TCP 22 whose source is *, Internet, 0.0.0.0/0 or ::/0 (including any-port rules).',
      'Reach VMs through Azure Bastion or just-in-time VM access in Microsoft Defender for Cloud instead.',
    ],
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <admin-cidr>   # or: az network nsg rule delete ...',
    terraform:
      'azurerm_network_security_rule (or a security_rule block of azurerm_network_security_group) with access = "Allow" covering destination_port_range 22: set source_address_prefix(es) to specific ranges, not "*" or "Internet".',
    references: [
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
      'https://learn.microsoft.com/azure/bastion/bastion-overview',
      'https://learn.microsoft.com/azure/defender-for-cloud/just-in-time-access-usage',
    ],
  },
  evaluate(nsg, result) {
    return nsgExposureVerdict(nsg, result, { protocols: ['Tcp'], ports: [{ from: 22, to: 22 }] }, 'SSH (TCP 22)')
  },
})
