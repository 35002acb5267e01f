/** Azure compute types: filled by the service group. */
export const AZURE_COMPUTE_TYPES = {} as const
