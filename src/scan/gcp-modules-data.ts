import type { GcpServiceModule } from './gcp-module.js'

/** Google Cloud data modules. */
export const GCP_DATA_MODULES: GcpServiceModule[] = []
