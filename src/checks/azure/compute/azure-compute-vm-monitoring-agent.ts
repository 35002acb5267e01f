import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_COMPUTE_TYPES, type VmAttributes } from '../../../normalize/azure/types-compute.js'

/** Extension types of the Azure Monitor Agent (publisher Microsoft.Azure.Monitor). */
const AMA_TYPES = ['azuremonitorlinuxagent', 'azuremonitorwindowsagent']

/** VMs should run the Azure Monitor Agent so their logs and security events reach a Log Analytics workspace. */
export default defineCheck<VmAttributes>({
  id: 'azure-compute-vm-monitoring-agent',
  title: 'Virtual machine has the Azure Monitor Agent installed and provisioned',
  resourceType: AZURE_COMPUTE_TYPES.vm,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without the Azure Monitor Agent, the VM’s syslog, Windows security events and performance data never reach Log Analytics or ' +
    'Microsoft Sentinel, so intrusions on it cannot be detected or investigated. The legacy Log Analytics agent was retired in August 2024.',
  remediation: {
    steps: [
      'Install the AzureMonitorLinuxAgent or AzureMonitorWindowsAgent extension (a system-assigned identity is required).',
      'Associate the VM with a data collection rule that sends its logs to a Log Analytics workspace; use Azure Policy to deploy both at scale.',
    ],
    cli: 'az vm extension set --resource-group <rg> --vm-name <vm> --name AzureMonitorLinuxAgent --publisher Microsoft.Azure.Monitor --enable-auto-upgrade true',
    terraform:
      'azurerm_virtual_machine_extension { publisher = "Microsoft.Azure.Monitor", type = "AzureMonitorLinuxAgent" (or AzureMonitorWindowsAgent), automatic_upgrade_enabled = true } plus azurerm_monitor_data_collection_rule_association.',
    references: [
      'https://learn.microsoft.com/azure/azure-monitor/agents/azure-monitor-agent-manage',
      'https://learn.microsoft.com/azure/azure-monitor/agents/azure-monitor-agent-overview',
    ],
  },
  evaluate(vm, result) {
    const extensions = known(vm.attributes.extensions, 'VM extensions')
    const ama = extensions.filter((e) => e.publisher?.toLowerCase() === 'microsoft.azure.monitor' && AMA_TYPES.includes((e.type ?? '').toLowerCase()))
    if (ama.length === 0) return result.fail(`VM ${vm.name} has no Azure Monitor Agent extension.`)
    const ok = ama.find((e) => e.provisioningState === 'Succeeded')
    return ok
      ? result.pass(`VM ${vm.name} runs the ${ok.type} extension (provisioning Succeeded).`)
      : result.fail(`The Azure Monitor Agent extension of VM ${vm.name} is in state ${ama[0]!.provisioningState ?? 'unknown'}, not Succeeded.`)
  },
})
