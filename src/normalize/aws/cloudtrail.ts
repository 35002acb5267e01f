import type { Resource } from '../../core/resource.js'
import type { CloudtrailRaw } from '../../collect/aws/cloudtrail.js'
import type { NormalizeScope } from './helpers.js'

/** cloudtrail raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeCloudtrail(raw: CloudtrailRaw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
