import type { Resource } from '../../core/resource.js'
import type { LogsRaw } from '../../collect/aws/logs.js'
import type { NormalizeScope } from './helpers.js'

/** logs raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeLogs(raw: LogsRaw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
