import type { Resource } from '../../core/resource.js'
import type { S3Raw } from '../../collect/aws/s3.js'
import type { NormalizeScope } from './helpers.js'

/** s3 raw data → resources (PLACEHOLDER: being implemented). */
export function normalizeS3(raw: S3Raw, scope: NormalizeScope): Resource[] {
  void raw
  void scope
  return []
}
