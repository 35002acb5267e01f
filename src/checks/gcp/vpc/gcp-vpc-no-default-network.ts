import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpNetworkAttributes } from '../../../normalize/gcp/types-compute.js'

/** CIS GCP 3.1: the project has no network named "default" (every network is judged; only "default" fails). */
export default defineCheck<GcpNetworkAttributes>({
  id: 'gcp-vpc-no-default-network',
  title: 'VPC network is not the auto-created "default" network',
  resourceType: GCP_COMPUTE_TYPES.network,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'The default network is an auto-mode network created with every new project, with a subnet in each region and pre-populated firewall rules ' +
    '(default-allow-ssh, default-allow-rdp, default-allow-icmp from 0.0.0.0/0, default-allow-internal); it is not planned, segmented or audited like a purpose-built network.',
  remediation: {
    steps: [
      'Create a custom-mode network with the subnets and firewall rules the workloads need, and move the workloads to it.',
      'Delete the firewall rules of the default network, then the default network itself.',
      'Enforce the organization policy constraint compute.skipDefaultNetworkCreation for new projects.',
    ],
    cli: 'gcloud compute networks delete default',
    terraform:
      'Manage networks with google_compute_network (auto_create_subnetworks = false); for new projects, google_project: auto_create_network = false.',
    references: [
      'https://cloud.google.com/vpc/docs/vpc#default-network',
      'https://cloud.google.com/vpc/docs/create-modify-vpc-networks#deleting_a_network',
    ],
  },
  evaluate(net, result) {
    const a = net.attributes
    if (a.name !== 'default') return result.pass(`Network ${a.name} is a ${a.mode}-mode network, not the default network.`)
    return result.fail(
      `Project ${net.account} still has the default network (${a.mode} mode${a.mode === 'auto' ? ', a subnet in every region' : ''}).`,
    )
  },
})
