import type { CollectionError, Provider, Resource } from '../core/resource.js'

/** Everything one collection produced, whichever the cloud: what the evaluation, report and store take. */
export interface CloudCollection {
  provider: Provider
  /** AWS account ids, Azure subscription ids or Google Cloud project ids scanned. */
  accounts: string[]
  /** Regions scanned (AWS) or locations seen (Azure, Google Cloud). */
  regions: string[]
  resources: Resource[]
  errors: CollectionError[]
  stats: { apiCalls: number; failedCalls: number; durationMs: number }
  startedAt: string
  finishedAt: string
}
