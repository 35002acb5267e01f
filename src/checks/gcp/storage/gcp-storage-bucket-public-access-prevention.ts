import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'

/** Enforced public access prevention stops any IAM binding or ACL from making the bucket's data public. */
export default defineCheck<GcpBucketAttributes>({
  id: 'gcp-storage-bucket-public-access-prevention',
  title: 'Cloud Storage bucket enforces public access prevention',
  resourceType: GCP_IDENTITY_TYPES.bucket,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'Public access prevention is a guardrail: while enforced, grants to allUsers and allAuthenticatedUsers are rejected or have no effect, so one mistaken binding cannot publish the data. A bucket set to "inherited" depends on an organization policy this scan does not read, so it is reported until the bucket enforces it itself.',
  remediation: {
    steps: [
      'Confirm the bucket does not need to serve public content.',
      'Enforce public access prevention on the bucket (and the storage.publicAccessPrevention organization policy on the organization or folder).',
    ],
    cli: 'gcloud storage buckets update gs://<bucket> --public-access-prevention',
    terraform: 'google_storage_bucket: public_access_prevention = "enforced"',
    references: [
      'https://cloud.google.com/storage/docs/public-access-prevention',
      'https://cloud.google.com/storage/docs/using-public-access-prevention',
    ],
  },
  evaluate(b, result) {
    const name = b.attributes.bucketName
    return b.attributes.publicAccessPrevention === 'enforced'
      ? result.pass(`Bucket ${name} enforces public access prevention.`)
      : result.fail(`Bucket ${name} leaves public access prevention to the inherited organization policy instead of enforcing it.`)
  },
})
