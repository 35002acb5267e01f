import type { AzureServiceModule } from './azure-module.js'

/** Azure management modules. */
export const AZURE_MANAGEMENT_MODULES: AzureServiceModule[] = []
