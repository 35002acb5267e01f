import type { AzureServiceModule } from './azure-module.js'

/** Azure databases modules. */
export const AZURE_DATABASES_MODULES: AzureServiceModule[] = []
