import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type GkeClusterAttributes } from '../../../normalize/gcp/types-data.js'

// CIS GKE Benchmark: "Ensure Control Plane Authorized Networks is Enabled".
/** The Kubernetes API should answer only the networks that administer the cluster. */
export default defineCheck<GkeClusterAttributes>({
  id: 'gcp-gke-cluster-master-authorized-networks',
  title: 'GKE cluster restricts control plane access with authorized networks',
  resourceType: GCP_DATA_TYPES.gkeCluster,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without authorized networks the control plane IP endpoints accept connections from any address, so every Kubernetes API ' +
    'vulnerability and leaked credential can be tried from the whole internet.',
  remediation: {
    steps: [
      'Enable control plane authorized networks listing only administration ranges (CI runners, VPN, bastion).',
      'Or disable the IP endpoints and use the DNS-based endpoint, which IAM gates.',
    ],
    cli: 'gcloud container clusters update <cluster> --location=<location> --enable-master-authorized-networks --master-authorized-networks=<cidr>[,<cidr>]',
    terraform: 'google_container_cluster { master_authorized_networks_config { cidr_blocks { cidr_block = "<cidr>" } } }',
    references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks'],
  },
  evaluate(cluster, result) {
    const { name, masterAuthorizedNetworks: man, ipEndpointsEnabled } = cluster.attributes
    if (!ipEndpointsEnabled) return result.pass(`Cluster ${name} has no IP-based control plane endpoint (DNS endpoint only).`)
    return man.enabled
      ? result.pass(`Cluster ${name} admits control plane connections only from ${man.cidrBlocks.length} authorized range(s).`)
      : result.fail(
          `Cluster ${name} has control plane authorized networks disabled${cluster.attributes.publicEndpoint ? ' on a public endpoint' : ''}.`,
        )
  },
})
