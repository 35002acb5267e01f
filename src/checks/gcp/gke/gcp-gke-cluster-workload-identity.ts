import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type GkeClusterAttributes } from '../../../normalize/gcp/types-data.js'

// CIS GKE Benchmark: "Prefer using dedicated GCP Service Accounts and Workload Identity".
/** Pods should get their own Google identity instead of borrowing the node's service account. */
export default defineCheck<GkeClusterAttributes>({
  id: 'gcp-gke-cluster-workload-identity',
  title: 'GKE cluster has Workload Identity Federation enabled',
  resourceType: GCP_DATA_TYPES.gkeCluster,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Without Workload Identity every pod can read the node service account token from the metadata server and act with its ' +
    'permissions, and can read node metadata such as kubelet credentials; Workload Identity gives each Kubernetes service account ' +
    'its own IAM principal and hides node metadata.',
  remediation: {
    steps: [
      'Enable Workload Identity on the cluster (workload pool <project>.svc.id.goog).',
      'Set every node pool to the GKE metadata server, then bind Kubernetes service accounts to IAM principals.',
    ],
    cli: 'gcloud container clusters update <cluster> --location=<location> --workload-pool=<project>.svc.id.goog && gcloud container node-pools update <pool> --cluster=<cluster> --workload-metadata=GKE_METADATA',
    terraform:
      'google_container_cluster { workload_identity_config { workload_pool = "<project>.svc.id.goog" } } and node_config { workload_metadata_config { mode = "GKE_METADATA" } }',
    references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity'],
  },
  evaluate(cluster, result) {
    const { name, workloadPool, nodePools } = cluster.attributes
    if (!workloadPool) return result.fail(`Cluster ${name} has Workload Identity disabled (no workload pool).`)
    const exposed = nodePools.filter((p) => p.workloadMetadataMode === 'GCE_METADATA').map((p) => p.name)
    return exposed.length > 0
      ? result.fail(
          `Cluster ${name} uses workload pool ${workloadPool}, but node pool(s) ${exposed.join(', ')} still expose the Compute Engine metadata server.`,
        )
      : result.pass(`Cluster ${name} uses workload pool ${workloadPool}.`)
  },
})
