import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type AksClusterAttributes } from '../../../normalize/azure/types-compute.js'

/** Local accounts give a static cluster-admin credential outside Microsoft Entra; they should be disabled. */
export default defineCheck<AksClusterAttributes>({
  id: 'azure-aks-cluster-local-accounts-disabled',
  title: 'AKS cluster has local accounts disabled',
  resourceType: AZURE_COMPUTE_TYPES.aksCluster,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'With local accounts enabled, anyone allowed listClusterAdminCredential gets a certificate-based cluster-admin kubeconfig that ' +
    'bypasses Microsoft Entra sign-in, Conditional Access and MFA, is not tied to a person in audit logs and cannot be revoked short of rotating the cluster certificates.',
  remediation: {
    steps: [
      'Enable Microsoft Entra integration on the cluster and grant admins access through Entra groups or Azure RBAC.',
      'Disable local accounts, then rotate the cluster certificates to invalidate admin kubeconfigs already handed out.',
    ],
    cli: 'az aks update --resource-group <rg> --name <cluster> --enable-aad --disable-local-accounts',
    terraform: 'azurerm_kubernetes_cluster: local_account_disabled = true (requires azure_active_directory_role_based_access_control).',
    references: ['https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad'],
  },
  evaluate(cluster, result) {
    const entra = cluster.attributes.aad ? '' : ' and no Microsoft Entra integration'
    return cluster.attributes.disableLocalAccounts
      ? result.pass(`AKS cluster ${cluster.name} has local accounts disabled.`)
      : result.fail(`AKS cluster ${cluster.name} has local accounts enabled${entra}.`)
  },
})
