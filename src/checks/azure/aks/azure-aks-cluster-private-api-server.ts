import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type AksClusterAttributes } from '../../../normalize/azure/types-compute.js'
import { isInternetPrefix } from '../../_shared/azure-network.js'

/** The Kubernetes API server should be private, or reachable only from authorized IP ranges. */
export default defineCheck<AksClusterAttributes>({
  id: 'azure-aks-cluster-private-api-server',
  title: 'AKS cluster API server is private or restricted to authorized IP ranges',
  resourceType: AZURE_COMPUTE_TYPES.aksCluster,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A public API server accepts connections from the whole internet, exposing the cluster’s control plane to credential attacks and ' +
    'Kubernetes vulnerabilities; a private cluster or an authorized IP range list limits who can even reach it.',
  remediation: {
    steps: [
      'Set authorized IP ranges to the networks that administer the cluster (CI runners, admin VPN egress).',
      'For new clusters, prefer a private cluster (or API server VNet integration) with access through a jump host or Bastion.',
    ],
    cli: 'az aks update --resource-group <rg> --name <cluster> --api-server-authorized-ip-ranges <cidr1>,<cidr2>',
    terraform: 'azurerm_kubernetes_cluster: private_cluster_enabled = true, or api_server_access_profile { authorized_ip_ranges = ["<cidr>"] }.',
    references: ['https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges', 'https://learn.microsoft.com/azure/aks/private-clusters'],
  },
  evaluate(cluster, result) {
    const { privateCluster, authorizedIpRanges, publicNetworkAccess } = cluster.attributes
    if (privateCluster) return result.pass(`AKS cluster ${cluster.name} is a private cluster.`)
    if (publicNetworkAccess === 'Disabled') return result.pass(`AKS cluster ${cluster.name} has public network access to its API server disabled.`)
    if (authorizedIpRanges.length === 0) return result.fail(`AKS cluster ${cluster.name} has a public API server reachable from any address.`)
    const open = authorizedIpRanges.filter(isInternetPrefix)
    return open.length === 0
      ? result.pass(`AKS cluster ${cluster.name} admits API server clients only from ${authorizedIpRanges.join(', ')}.`)
      : result.fail(`AKS cluster ${cluster.name} lists ${open.join(', ')} among its authorized IP ranges, so its API server is open to any address.`)
  },
})
