import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'

/** Usage logs record every request to the bucket, including anonymous ones Cloud Audit Logs leave out. */
export default defineCheck<GcpBucketAttributes>({
  id: 'gcp-storage-bucket-access-logging',
  title: 'Cloud Storage bucket delivers usage and storage logs',
  resourceType: GCP_IDENTITY_TYPES.bucket,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Usage logs list each request with its requester, IP address and bytes served; they cover public (anonymous) access, which Cloud Audit Logs do not record. They let an investigation tell what was read from a bucket that was exposed.',
  remediation: {
    steps: [
      'Create a dedicated log bucket and grant cloud-storage-analytics@google.com the Storage Object Creator role on it.',
      'Turn on usage logging for the bucket, pointing at the log bucket.',
    ],
    cli: 'gcloud storage buckets update gs://<bucket> --log-bucket=gs://<log-bucket> --log-object-prefix=<bucket>',
    terraform: 'google_storage_bucket: logging { log_bucket = "<log-bucket>", log_object_prefix = "<bucket>" }',
    references: ['https://cloud.google.com/storage/docs/access-logs'],
  },
  evaluate(b, result) {
    const { bucketName: name, logging } = b.attributes
    return logging
      ? result.pass(`Bucket ${name} delivers usage logs to bucket ${logging.logBucket}.`)
      : result.fail(`Bucket ${name} has usage and storage logging off.`)
  },
})
