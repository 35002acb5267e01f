import type { AzureServiceModule } from './azure-module.js'
import { AZURE_STORAGE_MODULES } from './azure-modules-storage.js'
import { AZURE_COMPUTE_MODULES } from './azure-modules-compute.js'
import { AZURE_DATABASES_MODULES } from './azure-modules-databases.js'
import { AZURE_MANAGEMENT_MODULES } from './azure-modules-management.js'

/** Every Azure service module, run once per subscription. */
export const AZURE_MODULES: readonly AzureServiceModule[] = [
  ...AZURE_STORAGE_MODULES,
  ...AZURE_COMPUTE_MODULES,
  ...AZURE_DATABASES_MODULES,
  ...AZURE_MANAGEMENT_MODULES,
]
