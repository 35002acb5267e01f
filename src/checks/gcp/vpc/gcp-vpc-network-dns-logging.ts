import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpDnsPolicyAttributes, type GcpNetworkAttributes } from '../../../normalize/gcp/types-compute.js'

/** CIS GCP 2.12: each VPC network is bound to a DNS server policy that logs queries. */
export default defineCheck<GcpNetworkAttributes>({
  id: 'gcp-vpc-network-dns-logging',
  title: 'VPC network has Cloud DNS query logging enabled through a DNS policy',
  resourceType: GCP_COMPUTE_TYPES.network,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'DNS query logs show which names workloads resolve: they reveal malware command-and-control lookups, DNS tunnelling and data exfiltration, ' +
    'and are evidence during an investigation. Cloud DNS logs queries from a network only when a DNS server policy with logging is bound to it.',
  remediation: {
    steps: [
      'Create a DNS server policy with logging enabled and bind it to the network, or enable logging on the policy already bound to it.',
      'A network can be bound to only one DNS policy.',
    ],
    cli: 'gcloud dns policies create <policy> --networks=<network> --enable-logging --description="DNS query logging"  # or: gcloud dns policies update <policy> --enable-logging',
    terraform: 'google_dns_policy { enable_logging = true, networks { network_url = google_compute_network.<name>.id } }.',
    references: ['https://cloud.google.com/dns/docs/monitoring', 'https://cloud.google.com/dns/docs/policies'],
  },
  evaluate(net, result, ctx) {
    const bound = ctx.inventory
      .resources<GcpDnsPolicyAttributes>(GCP_COMPUTE_TYPES.dnsPolicy, { account: net.account })
      .filter((p) => p.attributes.networks.includes(net.uid))
    const logging = bound.find((p) => p.attributes.enableLogging)
    if (logging) return result.pass(`Network ${net.name} is bound to DNS policy ${logging.name}, which logs queries.`)
    return bound.length === 0
      ? result.fail(`Network ${net.name} is bound to no DNS policy, so its DNS queries are not logged.`)
      : result.fail(`Network ${net.name} is bound to DNS policy ${bound.map((p) => p.name).join(', ')} without query logging.`)
  },
})
