import type { AzureServiceModule } from './azure-module.js'

/** Azure compute modules. */
export const AZURE_COMPUTE_MODULES: AzureServiceModule[] = []
