import type { Adapter } from '../model.js'

/** Adapters of the containers group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = []
