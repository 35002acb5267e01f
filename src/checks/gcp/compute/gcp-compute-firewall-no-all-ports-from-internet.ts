import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpFirewallAttributes } from '../../../normalize/gcp/types-compute.js'
import { describeInternetRule, entryAllowsAllPorts, internetSources } from '../../_shared/gcp-firewall.js'

/** No enabled ingress allow rule opens every protocol, or every TCP/UDP/SCTP port, to 0.0.0.0/0 or ::/0. */
export default defineCheck<GcpFirewallAttributes>({
  id: 'gcp-compute-firewall-no-all-ports-from-internet',
  title: 'VPC firewall rule does not allow all protocols or all ports from 0.0.0.0/0 or ::/0',
  resourceType: GCP_COMPUTE_TYPES.firewall,
  severity: 'critical',
  categories: ['network'],
  rationale:
    'A rule allowing all traffic (or every port of a protocol) from anywhere puts every listening service of every targeted VM on the internet, ' +
    'including databases, admin consoles and debug endpoints that were never meant to be exposed.',
  remediation: {
    steps: [
      'Delete the rule, or narrow it to the ports the service actually needs.',
      'Restrict its source ranges to known addresses, and publish internet-facing services through a load balancer instead.',
    ],
    cli: 'gcloud compute firewall-rules update <rule> --allow=tcp:443 --source-ranges=<cidr>  # or: gcloud compute firewall-rules delete <rule>',
    terraform:
      'In google_compute_firewall, replace allow { protocol = "all" } (or a tcp/udp allow without ports) with the specific ports, and set source_ranges to specific ranges instead of "0.0.0.0/0" / "::/0".',
    references: ['https://cloud.google.com/firewall/docs/firewalls', 'https://cloud.google.com/firewall/docs/using-firewalls'],
  },
  evaluate(fw, result) {
    const open = internetSources(fw.attributes).length > 0 ? fw.attributes.allowed.filter(entryAllowsAllPorts) : []
    return open.length === 0
      ? result.pass(`Firewall rule ${fw.name} does not open all protocols or all ports to the internet.`)
      : result.fail(`Firewall ${describeInternetRule(fw.attributes, open)}, which opens every port to the internet.`)
  },
})
