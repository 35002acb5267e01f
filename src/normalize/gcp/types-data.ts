/** Google Cloud data types: filled by the service group. */
export const GCP_DATA_TYPES = {} as const
