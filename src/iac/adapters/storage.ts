import type { Adapter } from '../model.js'
import { s3Adapters } from './storage-s3.js'

/** Adapters of the storage group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [...s3Adapters]
