import { defineCheck } from '../../../evaluate/define-check.js'
import { known, type Maybe } from '../../../core/unknown.js'
import { GCP_DATA_TYPES, type LogSinkAttributes } from '../../../normalize/gcp/types-data.js'

/** What this check reads of a gcp.storage.bucket (declared by the storage group; structural here on purpose). */
interface BucketRetention {
  retentionPolicy: Maybe<{ retentionPeriodSeconds: number; isLocked: boolean } | null>
}

// CIS Google Cloud Foundations 2.3.
/** Exported logs are evidence: a locked retention policy keeps anyone, an intruder included, from deleting them early. */
export default defineCheck<LogSinkAttributes>({
  id: 'gcp-logging-sink-bucket-retention-locked',
  title: 'Cloud Storage bucket receiving a log sink has a locked retention policy',
  resourceType: GCP_DATA_TYPES.loggingSink,
  severity: 'medium',
  categories: ['logging', 'resilience'],
  rationale:
    'Without a retention policy locked with Bucket Lock, anyone with storage admin rights (or who compromises such an account) can ' +
    'delete exported logs to cover their tracks; a locked policy makes objects undeletable until they age out and cannot be removed.',
  remediation: {
    steps: [
      'Set a retention policy on the destination bucket covering your log retention requirement.',
      'Lock it with Bucket Lock once the period is right: a locked policy can be lengthened but never shortened or removed.',
    ],
    cli: 'gcloud storage buckets update gs://<bucket> --retention-period=<period> && gcloud storage buckets update gs://<bucket> --lock-retention-period',
    terraform: 'google_storage_bucket { retention_policy { retention_period = <seconds>  is_locked = true } }',
    references: ['https://cloud.google.com/storage/docs/bucket-lock', 'https://cloud.google.com/logging/docs/export/configure_export_v2'],
  },
  applies: (sink) => sink.attributes.destinationType === 'storage',
  evaluate(sink, result, ctx) {
    const bucketName = sink.attributes.destinationBucket ?? ''
    const [bucket] = ctx.inventory.related<BucketRetention>(sink, 'exports-to')
    if (!bucket) {
      return result.error(`Sink ${sink.name} exports to bucket ${bucketName}, which is not in the inventory (another project, or not collected).`)
    }
    const policy = known(bucket.attributes.retentionPolicy, `retention policy of bucket ${bucketName}`)
    if (!policy) return result.fail(`Bucket ${bucketName} receiving sink ${sink.name} has no retention policy.`)
    const days = Math.round(policy.retentionPeriodSeconds / 86_400)
    return policy.isLocked
      ? result.pass(`Bucket ${bucketName} receiving sink ${sink.name} has a locked ${days}-day retention policy.`)
      : result.fail(`Bucket ${bucketName} receiving sink ${sink.name} has a ${days}-day retention policy that is not locked.`)
  },
})
