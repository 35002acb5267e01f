import type { GcpServiceModule } from './gcp-module.js'

/** Google Cloud compute modules. */
export const GCP_COMPUTE_MODULES: GcpServiceModule[] = []
