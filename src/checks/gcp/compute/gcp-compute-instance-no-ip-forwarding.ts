import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'
import { isGkeNode } from '../../_shared/gcp-compute.js'

/** CIS GCP 4.6: instances do not forward packets (canIpForward; GKE nodes, which need it, excluded). */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-no-ip-forwarding',
  title: 'VM instance does not have IP forwarding enabled',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With IP forwarding, the VM may send and receive packets whose source or destination is not its own address, acting as a router: ' +
    'a compromised instance can then spoof traffic or relay it around firewall rules. Only network appliances (NAT, VPN, firewalls) need it.',
  remediation: {
    steps: [
      'IP forwarding can only be set at creation: recreate the instance (for example from a machine image) with IP forwarding off.',
      'Keep it only on dedicated network appliance VMs, and document them.',
    ],
    cli: 'gcloud compute instances create <instance> --zone=<zone> --source-machine-image=<image> --no-can-ip-forward',
    terraform: 'google_compute_instance: can_ip_forward = false (the default).',
    references: ['https://cloud.google.com/vpc/docs/using-routes#canipforward'],
  },
  // CIS 4.6 excludes instances created by GKE: they need IP forwarding for pod traffic.
  applies: (instance) => !isGkeNode(instance),
  evaluate(instance, result) {
    return instance.attributes.canIpForward
      ? result.fail(`Instance ${instance.name} has IP forwarding enabled (canIpForward).`)
      : result.pass(`Instance ${instance.name} does not forward IP packets.`)
  },
})
