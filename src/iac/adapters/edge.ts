import type { Adapter } from '../model.js'

/** Adapters of the edge group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = []
