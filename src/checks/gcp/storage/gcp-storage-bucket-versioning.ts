import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'

/** Object Versioning keeps overwritten and deleted objects recoverable. */
export default defineCheck<GcpBucketAttributes>({
  id: 'gcp-storage-bucket-versioning',
  title: 'Cloud Storage bucket has Object Versioning enabled',
  resourceType: GCP_IDENTITY_TYPES.bucket,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without versioning, an overwrite, a buggy job or ransomware that rewrites objects destroys the only copy once soft delete expires. Versioning keeps noncurrent versions recoverable. A bucket with a retention policy already refuses deletes and overwrites within the retention period, which serves the same purpose.',
  remediation: {
    steps: [
      'Enable Object Versioning on the bucket.',
      'Add a lifecycle rule that deletes noncurrent versions after a retention period to control cost.',
    ],
    cli: 'gcloud storage buckets update gs://<bucket> --versioning',
    terraform:
      'google_storage_bucket: versioning { enabled = true } (plus a lifecycle_rule with condition { num_newer_versions or days_since_noncurrent_time }).',
    references: ['https://cloud.google.com/storage/docs/object-versioning', 'https://cloud.google.com/storage/docs/using-object-versioning'],
  },
  evaluate(b, result) {
    const { bucketName: name, versioning, retentionPolicy } = b.attributes
    if (versioning) return result.pass(`Bucket ${name} has Object Versioning enabled.`)
    if (retentionPolicy) {
      const days = Math.floor(retentionPolicy.retentionPeriodSeconds / 86_400)
      return result.pass(`Bucket ${name} has no versioning but a retention policy that keeps objects from deletion and overwrite for ${days} day(s).`)
    }
    return result.fail(
      `Bucket ${name} has neither Object Versioning nor a retention policy, so overwritten or deleted objects are lost once soft delete expires.`,
    )
  },
})
