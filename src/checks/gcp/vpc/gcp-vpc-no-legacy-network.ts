import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpNetworkAttributes } from '../../../normalize/gcp/types-compute.js'

/** CIS GCP 3.2: no legacy (non-VPC) network exists: one IPv4 range for the whole network, no subnetworks. */
export default defineCheck<GcpNetworkAttributes>({
  id: 'gcp-vpc-no-legacy-network',
  title: 'VPC network is not a legacy network',
  resourceType: GCP_COMPUTE_TYPES.network,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A legacy network has a single global IPv4 range with no subnetworks, so traffic cannot be segmented by region or subnet, ' +
    'VPC Flow Logs, Private Google Access and most newer VPC features are unavailable, and it cannot be converted in place.',
  remediation: {
    steps: ['Create a custom-mode VPC network with subnetworks for the workloads.', 'Move the instances to it, then delete the legacy network.'],
    cli: 'gcloud compute networks create <network> --subnet-mode=custom && gcloud compute networks delete <legacy-network>',
    terraform:
      'google_compute_network with auto_create_subnetworks = false and google_compute_subnetwork resources (legacy networks cannot be declared).',
    references: ['https://cloud.google.com/vpc/docs/legacy', 'https://cloud.google.com/vpc/docs/create-modify-vpc-networks'],
  },
  evaluate(net, result) {
    const a = net.attributes
    return a.mode === 'legacy'
      ? result.fail(`Network ${a.name} is a legacy network with the single range ${a.ipv4Range ?? '(unknown)'} and no subnetworks.`)
      : result.pass(`Network ${a.name} is a ${a.mode}-mode VPC network.`)
  },
})
