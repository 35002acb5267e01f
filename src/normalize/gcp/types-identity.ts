/** Google Cloud identity types: filled by the service group. */
export const GCP_IDENTITY_TYPES = {} as const
