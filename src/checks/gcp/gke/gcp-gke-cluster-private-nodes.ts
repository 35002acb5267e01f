import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type GkeClusterAttributes } from '../../../normalize/gcp/types-data.js'

// CIS GKE Benchmark: "Ensure clusters are created with Private Nodes".
/** Nodes without external IPs cannot be reached from the internet directly, whatever the firewall says. */
export default defineCheck<GkeClusterAttributes>({
  id: 'gcp-gke-cluster-private-nodes',
  title: 'GKE cluster nodes have private IP addresses only',
  resourceType: GCP_DATA_TYPES.gkeCluster,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Nodes with external IPs expose the kubelet, NodePorts and any hostNetwork workload to the internet as soon as a firewall rule ' +
    'allows it; private nodes reach the internet only through Cloud NAT and are reachable only from inside the VPC.',
  remediation: {
    steps: [
      'Enable private nodes as the cluster default (and on every node pool that overrides it).',
      'Provide egress with Cloud NAT and reach the control plane through its private or DNS endpoint.',
    ],
    cli: 'gcloud container clusters update <cluster> --location=<location> --enable-private-nodes  # per pool: gcloud container node-pools update <pool> --enable-private-nodes',
    terraform:
      'google_container_cluster { private_cluster_config { enable_private_nodes = true } } (and network_config { enable_private_nodes = true } on node pools)',
    references: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation',
    ],
  },
  evaluate(cluster, result) {
    const { name, privateNodes, nodePools } = cluster.attributes
    const open = nodePools.filter((p) => !p.privateNodes).map((p) => p.name)
    if (open.length > 0) return result.fail(`Cluster ${name} has node pool(s) ${open.join(', ')} with external node IPs.`)
    if (nodePools.length === 0 && !privateNodes) return result.fail(`Cluster ${name} does not default to private nodes.`)
    return result.pass(`Cluster ${name} gives its nodes internal IPs only${nodePools.length > 0 ? ` (${nodePools.length} node pool(s))` : ''}.`)
  },
})
