import type { Resource } from '../../core/resource.js'
import type { IamRaw } from '../../collect/aws/iam.js'
import type { NormalizeScope } from './helpers.js'

/** iam raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeIam(raw: IamRaw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
