import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'
import { externalAddresses, isGkeNode } from '../../_shared/gcp-compute.js'

/** CIS GCP 4.9: instances have no external IP address (GKE nodes excluded). External IPv6 counts as well. */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-no-public-ip',
  title: 'VM instance has no external IP address',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'An external address puts the VM directly on the internet, one firewall rule away from exposing every listening service; ' +
    'instances behind load balancers, Cloud NAT and IAP TCP forwarding keep that attack surface closed.',
  remediation: {
    steps: [
      'Remove the access configs (external IPv4) and external IPv6 from the instance network interfaces.',
      'Use Cloud NAT for outbound traffic, a load balancer for inbound services and IAP TCP forwarding for administration.',
      'Enforce the organization policy constraint compute.vmExternalIpAccess.',
    ],
    cli: 'gcloud compute instances delete-access-config <instance> --zone=<zone> --access-config-name="External NAT" --network-interface=nic0',
    terraform: 'google_compute_instance: network_interface without access_config (and without ipv6_access_config) blocks.',
    references: [
      'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#unassign_ip',
      'https://cloud.google.com/compute/docs/instances/connecting-advanced#sshbetweeninstances',
    ],
  },
  // CIS 4.9 excludes instances created by GKE: their external addresses are managed by the node pool.
  applies: (instance) => !isGkeNode(instance),
  evaluate(instance, result) {
    const external = externalAddresses(instance.attributes)
    return external.length === 0
      ? result.pass(`Instance ${instance.name} has internal addresses only.`)
      : result.fail(`Instance ${instance.name} has external address(es) ${external.join(', ')}.`)
  },
})
