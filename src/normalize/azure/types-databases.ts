/** Azure databases types: filled by the service group. */
export const AZURE_DATABASES_TYPES = {} as const
