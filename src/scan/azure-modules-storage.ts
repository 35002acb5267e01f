import type { AzureServiceModule } from './azure-module.js'
import { azureMod } from './azure-module.js'
import { storageCollector } from '../collect/azure/storage.js'
import { keyVaultCollector } from '../collect/azure/keyvault.js'
import { normalizeStorage } from '../normalize/azure/storage.js'
import { normalizeKeyVault } from '../normalize/azure/keyvault.js'

/** Azure storage modules: storage accounts, and Key Vault (vaults, keys, secrets). */
export const AZURE_STORAGE_MODULES: AzureServiceModule[] = [
  azureMod(storageCollector, normalizeStorage),
  azureMod(keyVaultCollector, normalizeKeyVault),
]
