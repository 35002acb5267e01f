import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_COMPUTE_TYPES, type AksClusterAttributes } from '../../../normalize/azure/types-compute.js'

/** Network policy engines AKS supports (https://learn.microsoft.com/azure/aks/use-network-policies). */
const ENGINES = ['azure', 'calico', 'cilium']

/** AKS clusters need a network policy engine, without which Kubernetes NetworkPolicy objects are silently ignored. */
export default defineCheck<AksClusterAttributes>({
  id: 'azure-aks-cluster-network-policy',
  title: 'AKS cluster has a network policy engine enabled',
  resourceType: AZURE_COMPUTE_TYPES.aksCluster,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'By default every pod can reach every other pod; without a network policy engine (Azure, Calico or Cilium) NetworkPolicy objects ' +
    'have no effect, so a compromised pod can move laterally to databases and internal services in any namespace.',
  remediation: {
    steps: [
      'Enable a network policy engine (Cilium with Azure CNI Powered by Cilium, Calico, or Azure Network Policy Manager).',
      'Add default-deny NetworkPolicies per namespace and allow only the flows each workload needs.',
    ],
    cli: 'az aks update --resource-group <rg> --name <cluster> --network-policy cilium   # or calico / azure',
    terraform: 'azurerm_kubernetes_cluster network_profile { network_policy = "cilium" (or "calico" / "azure") }',
    references: ['https://learn.microsoft.com/azure/aks/use-network-policies'],
  },
  evaluate(cluster, result) {
    const { networkPolicy } = cluster.attributes
    return networkPolicy !== null && ENGINES.includes(networkPolicy.toLowerCase())
      ? result.pass(`AKS cluster ${cluster.name} enforces network policies with ${networkPolicy}.`)
      : result.fail(`AKS cluster ${cluster.name} has no network policy engine (network policy ${networkPolicy ?? 'not set'}).`)
  },
})
