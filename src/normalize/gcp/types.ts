/**
 * Google Cloud resources in the shared model. Conventions: `uid` is the resource's full resource name as Cloud Asset
 * Inventory writes it (//compute.googleapis.com/projects/p/zones/z/instances/i, //storage.googleapis.com/projects/_/buckets/b);
 * `account` is the project id; `region` is the zone or region, or 'global'; tags are the labels. Attribute conventions
 * as for AWS: `null` = known absent, `Maybe<T>` = may be Unknown, ISO dates. Each service group declares its own types
 * and type ids in types-<group>.ts.
 */
export type * from './types-identity.js'
export type * from './types-compute.js'
export type * from './types-data.js'

/** Type ids the scan runner itself produces. */
export const GCP_CORE = {
  project: 'gcp.project',
} as const

/** The project: one per scanned project; project-wide checks (log metrics and alerts) run on it. */
export interface GcpProjectAttributes {
  projectId: string
  projectNumber: string
  displayName: string
  /** organizations/123, folders/456, or '' */
  parent: string
  state: string
}
