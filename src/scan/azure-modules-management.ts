import { azureMod, type AzureServiceModule } from './azure-module.js'
import { appServiceCollector } from '../collect/azure/appservice.js'
import { monitorCollector } from '../collect/azure/monitor.js'
import { defenderCollector } from '../collect/azure/defender.js'
import { normalizeAppService } from '../normalize/azure/appservice.js'
import { normalizeMonitor } from '../normalize/azure/monitor.js'
import { normalizeDefender } from '../normalize/azure/defender.js'

/** Azure management modules: App Service apps, Azure Monitor (activity log alerts, diagnostic settings), Defender for Cloud. */
export const AZURE_MANAGEMENT_MODULES: AzureServiceModule[] = [
  azureMod(appServiceCollector, normalizeAppService),
  azureMod(monitorCollector, normalizeMonitor),
  azureMod(defenderCollector, normalizeDefender),
]
