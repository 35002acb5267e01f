import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type AksClusterAttributes } from '../../../normalize/azure/types-compute.js'

/** AKS clusters must have Kubernetes RBAC enabled so access to the API can be limited per user and service account. */
export default defineCheck<AksClusterAttributes>({
  id: 'azure-aks-cluster-rbac-enabled',
  title: 'AKS cluster has Kubernetes RBAC enabled',
  resourceType: AZURE_COMPUTE_TYPES.aksCluster,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'Without Kubernetes RBAC every authenticated identity, including every pod’s service account, is effectively cluster-admin: ' +
    'one compromised workload can read all secrets and take over the cluster. RBAC can only be chosen when the cluster is created.',
  remediation: {
    steps: [
      'Recreate the cluster with Kubernetes RBAC enabled (it cannot be turned on for an existing cluster) and migrate the workloads.',
      'Prefer Microsoft Entra integration with Azure RBAC for Kubernetes authorization.',
    ],
    cli: 'az aks create --resource-group <rg> --name <cluster> --enable-aad --enable-azure-rbac   # RBAC is on unless --disable-rbac is given',
    terraform:
      'azurerm_kubernetes_cluster: role_based_access_control_enabled = true (and azure_active_directory_role_based_access_control { azure_rbac_enabled = true }).',
    references: ['https://learn.microsoft.com/azure/aks/concepts-identity', 'https://learn.microsoft.com/azure/aks/manage-azure-rbac'],
  },
  evaluate(cluster, result) {
    const { enableRbac } = cluster.attributes
    if (enableRbac === null) return result.error(`AKS cluster ${cluster.name} did not report whether Kubernetes RBAC is enabled.`)
    return enableRbac
      ? result.pass(`AKS cluster ${cluster.name} has Kubernetes RBAC enabled.`)
      : result.fail(`AKS cluster ${cluster.name} has Kubernetes RBAC disabled.`)
  },
})
