import type { Resource } from '../../core/resource.js'
import type { CloudwatchRaw } from '../../collect/aws/cloudwatch.js'
import type { NormalizeScope } from './helpers.js'

/** cloudwatch raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeCloudwatch(raw: CloudwatchRaw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
