import type { Resource } from '../../core/resource.js'
import type { RdsRaw } from '../../collect/aws/rds.js'
import type { NormalizeScope } from './helpers.js'

/** rds raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeRds(raw: RdsRaw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
