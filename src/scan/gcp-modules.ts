import type { GcpServiceModule } from './gcp-module.js'
import { GCP_IDENTITY_MODULES } from './gcp-modules-identity.js'
import { GCP_COMPUTE_MODULES } from './gcp-modules-compute.js'
import { GCP_DATA_MODULES } from './gcp-modules-data.js'

/** Every Google Cloud service module, run once per project. */
export const GCP_MODULES: readonly GcpServiceModule[] = [...GCP_IDENTITY_MODULES, ...GCP_COMPUTE_MODULES, ...GCP_DATA_MODULES]
