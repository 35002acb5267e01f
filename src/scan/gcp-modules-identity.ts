import type { GcpServiceModule } from './gcp-module.js'

/** Google Cloud identity modules. */
export const GCP_IDENTITY_MODULES: GcpServiceModule[] = []
