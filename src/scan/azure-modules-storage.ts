import type { AzureServiceModule } from './azure-module.js'

/** Azure storage modules. */
export const AZURE_STORAGE_MODULES: AzureServiceModule[] = []
