import type { Resource } from '../../core/resource.js'
import type { Ec2Raw } from '../../collect/aws/ec2.js'
import type { NormalizeScope } from './helpers.js'

/** ec2 raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeEc2(raw: Ec2Raw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
