import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type GkeClusterAttributes } from '../../../normalize/gcp/types-data.js'

// CIS GKE Benchmark: "Ensure Legacy Authorization (ABAC) is Disabled".
/** Legacy ABAC grants broad static permissions that RBAC cannot take back. */
export default defineCheck<GkeClusterAttributes>({
  id: 'gcp-gke-cluster-legacy-abac-disabled',
  title: 'GKE cluster has legacy ABAC authorization disabled',
  resourceType: GCP_DATA_TYPES.gkeCluster,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'With legacy ABAC enabled, service accounts, nodes and controllers hold statically granted permissions beyond their RBAC ' +
    'roles (historically cluster-admin-like), so one compromised pod token can control the cluster.',
  remediation: {
    steps: ['Move any remaining ABAC-dependent access to RBAC roles and bindings.', 'Disable legacy authorization on the cluster.'],
    cli: 'gcloud container clusters update <cluster> --location=<location> --no-enable-legacy-authorization',
    terraform: 'google_container_cluster { enable_legacy_abac = false }',
    references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110'],
  },
  evaluate(cluster, result) {
    const { name, legacyAbac } = cluster.attributes
    return legacyAbac
      ? result.fail(`Cluster ${name} has legacy ABAC authorization enabled.`)
      : result.pass(`Cluster ${name} has legacy ABAC authorization disabled.`)
  },
})
