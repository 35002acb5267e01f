import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpFirewallAttributes } from '../../../normalize/gcp/types-compute.js'
import { describeInternetRule, internetEntriesCovering } from '../../_shared/gcp-firewall.js'

/** CIS GCP 3.6: no enabled ingress allow rule opens SSH (tcp/22) to 0.0.0.0/0 or ::/0. */
export default defineCheck<GcpFirewallAttributes>({
  id: 'gcp-compute-firewall-no-ssh-from-internet',
  title: 'VPC firewall rule does not allow SSH (22) from 0.0.0.0/0 or ::/0',
  resourceType: GCP_COMPUTE_TYPES.firewall,
  severity: 'high',
  categories: ['network'],
  rationale:
    'A firewall rule that lets any address reach tcp/22 exposes every targeted VM to internet-wide scanning, credential stuffing and sshd vulnerabilities; ' +
    'SSH should come only from known ranges or through Identity-Aware Proxy TCP forwarding (35.235.240.0/20).',
  remediation: {
    steps: [
      'Delete the rule, or replace 0.0.0.0/0 and ::/0 in its source ranges with specific administrative ranges.',
      'For administrative access use IAP TCP forwarding: allow tcp:22 only from 35.235.240.0/20 and grant roles/iap.tunnelResourceAccessor.',
    ],
    cli: 'gcloud compute firewall-rules update <rule> --source-ranges=35.235.240.0/20  # or: gcloud compute firewall-rules delete <rule>',
    terraform:
      'In google_compute_firewall with direction = "INGRESS" and an allow block covering port 22, set source_ranges to specific ranges (e.g. ["35.235.240.0/20"] for IAP) instead of "0.0.0.0/0" / "::/0".',
    references: ['https://cloud.google.com/firewall/docs/using-firewalls', 'https://cloud.google.com/iap/docs/using-tcp-forwarding'],
  },
  evaluate(fw, result) {
    const open = internetEntriesCovering(fw.attributes, 22)
    return open.length === 0
      ? result.pass(`Firewall rule ${fw.name} does not open tcp/22 to the internet.`)
      : result.fail(`Firewall ${describeInternetRule(fw.attributes, open)}, which opens SSH to the internet.`)
  },
})
