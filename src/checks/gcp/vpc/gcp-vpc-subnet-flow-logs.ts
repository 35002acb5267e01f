import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpSubnetworkAttributes } from '../../../normalize/gcp/types-compute.js'

/** Subnet purposes that carry VM traffic and support VPC Flow Logs; proxy-only, PSC and NAT subnets do not. */
const FLOW_LOG_PURPOSES = new Set(['PRIVATE', 'PRIVATE_RFC_1918'])

/**
 * CIS GCP 3.8: VPC Flow Logs are on for every subnet, with the CIS settings: 5-second aggregation, sampling 1.0,
 * all metadata included, and no filter.
 */
export default defineCheck<GcpSubnetworkAttributes>({
  id: 'gcp-vpc-subnet-flow-logs',
  title: 'VPC subnet has VPC Flow Logs enabled with full sampling and metadata',
  resourceType: GCP_COMPUTE_TYPES.subnetwork,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Flow logs record the connections of every VM in the subnet; without them (or with partial sampling, filtering or no metadata) ' +
    'an intrusion, lateral movement or data exfiltration over the network leaves no trace to investigate.',
  remediation: {
    steps: [
      'Enable flow logs on the subnet with a 5-second aggregation interval, a sampling rate of 1.0, all metadata, and no filter.',
      'Route the logs to a retained log bucket or a SIEM.',
    ],
    cli: 'gcloud compute networks subnets update <subnet> --region=<region> --enable-flow-logs --logging-aggregation-interval=interval-5-sec --logging-flow-sampling=1 --logging-metadata=include-all',
    terraform:
      'google_compute_subnetwork: log_config { aggregation_interval = "INTERVAL_5_SEC", flow_sampling = 1, metadata = "INCLUDE_ALL_METADATA" } without filter_expr.',
    references: ['https://cloud.google.com/vpc/docs/using-flow-logs', 'https://cloud.google.com/vpc/docs/flow-logs'],
  },
  // Proxy-only (REGIONAL/GLOBAL_MANAGED_PROXY), Private Service Connect and NAT subnets do not support flow logs.
  applies: (subnet) => FLOW_LOG_PURPOSES.has(subnet.attributes.purpose),
  evaluate(subnet, result) {
    const f = subnet.attributes.flowLogs
    if (!f) return result.fail(`Subnet ${subnet.name} (${subnet.region}) has VPC Flow Logs turned off.`)
    const gaps = [
      f.aggregationInterval !== 'INTERVAL_5_SEC' && `aggregation interval ${f.aggregationInterval}`,
      f.flowSampling < 1 && `sampling ${f.flowSampling}`,
      f.metadata !== 'INCLUDE_ALL_METADATA' && `metadata ${f.metadata}`,
      f.filterExpr !== null && `filter "${f.filterExpr}"`,
    ].filter((x): x is string => !!x)
    return gaps.length === 0
      ? result.pass(`Subnet ${subnet.name} (${subnet.region}) logs every flow with all metadata every 5 seconds.`)
      : result.fail(
          `Subnet ${subnet.name} (${subnet.region}) has flow logs on but with ${gaps.join(', ')}, so some flows or fields are not recorded.`,
        )
  },
})
