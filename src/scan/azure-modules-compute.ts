import { azureMod, type AzureServiceModule } from './azure-module.js'
import { azureNetworkCollector } from '../collect/azure/network.js'
import { azureComputeCollector } from '../collect/azure/compute.js'
import { azureAksCollector } from '../collect/azure/aks.js'
import { normalizeAzureNetwork } from '../normalize/azure/network.js'
import { normalizeAzureCompute } from '../normalize/azure/compute.js'
import { normalizeAzureAks } from '../normalize/azure/aks.js'

/** Azure compute modules: networking (NSGs, NICs, public IPs, VNets, watchers), VMs and disks, AKS. */
export const AZURE_COMPUTE_MODULES: AzureServiceModule[] = [
  azureMod(azureNetworkCollector, normalizeAzureNetwork),
  azureMod(azureComputeCollector, normalizeAzureCompute),
  azureMod(azureAksCollector, normalizeAzureAks),
]
