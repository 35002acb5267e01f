/** Azure storage types: filled by the service group. */
export const AZURE_STORAGE_TYPES = {} as const
