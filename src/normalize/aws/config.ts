import type { Resource } from '../../core/resource.js'
import type { ConfigRaw } from '../../collect/aws/config.js'
import type { NormalizeScope } from './helpers.js'

/** config raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeConfig(raw: ConfigRaw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
