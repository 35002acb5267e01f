/** Azure management types: filled by the service group. */
export const AZURE_MANAGEMENT_TYPES = {} as const
