import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { AZURE_COMPUTE_TYPES, type NetworkWatcherAttributes } from '../../../normalize/azure/types-compute.js'

/** Every region holding a virtual network needs a working Network Watcher for flow logs, packet capture and diagnostics. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-network-watcher-enabled',
  title: 'Network Watcher is enabled in every region that has a virtual network',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Network Watcher provides NSG and virtual network flow logs, connection troubleshooting and packet capture; without it in a region, ' +
    'traffic there cannot be logged or investigated after an incident. CIS Microsoft Azure Foundations asks that it be enabled.',
  remediation: {
    steps: [
      'Enable Network Watcher in each region listed (it is created automatically with the first virtual network unless opted out).',
      'Keep the NetworkWatcherRG resource group and its watchers; deleting them removes flow logging in that region.',
    ],
    cli: 'az network watcher configure --resource-group NetworkWatcherRG --locations <region> --enabled true',
    terraform:
      'azurerm_network_watcher { name = "NetworkWatcher_<region>", location = "<region>", resource_group_name = "NetworkWatcherRG" } per region.',
    references: [
      'https://learn.microsoft.com/azure/network-watcher/network-watcher-create',
      'https://learn.microsoft.com/azure/network-watcher/network-watcher-overview',
    ],
  },
  evaluate(sub, result, { inventory }) {
    const vnets = inventory.resources(AZURE_COMPUTE_TYPES.virtualNetwork, { account: sub.account })
    const watchers = inventory.resources<NetworkWatcherAttributes>(AZURE_COMPUTE_TYPES.networkWatcher, { account: sub.account })
    const regions = [...new Set(vnets.map((v) => v.region))].sort()
    if (regions.length === 0) return result.pass(`Subscription ${sub.name} has no virtual network, so no region needs a Network Watcher.`)
    const working = new Set(watchers.filter((w) => w.attributes.provisioningState === 'Succeeded').map((w) => w.region))
    const missing = regions.filter((r) => !working.has(r))
    return missing.length === 0
      ? result.pass(`Subscription ${sub.name} has a Network Watcher in every region with a virtual network (${regions.join(', ')}).`)
      : result.fail(`Subscription ${sub.name} has virtual networks but no working Network Watcher in ${missing.join(', ')}.`)
  },
})
