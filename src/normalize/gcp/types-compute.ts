/** Google Cloud compute types: filled by the service group. */
export const GCP_COMPUTE_TYPES = {} as const
