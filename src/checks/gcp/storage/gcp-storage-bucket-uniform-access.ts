import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'

/** CIS GCP 5.2: with uniform bucket-level access, IAM alone decides who reads objects; per-object ACLs cannot quietly open one up. */
export default defineCheck<GcpBucketAttributes>({
  id: 'gcp-storage-bucket-uniform-access',
  title: 'Cloud Storage bucket has uniform bucket-level access enabled',
  resourceType: GCP_IDENTITY_TYPES.bucket,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'With fine-grained access, every object carries its own ACL next to the bucket IAM policy, so a single object can be made public or shared without the bucket policy showing it. Uniform bucket-level access disables ACLs so that IAM (with its audit, conditions and organization policies) is the only way in.',
  remediation: {
    steps: [
      'Move any access granted through object ACLs to bucket IAM bindings (or managed folders).',
      'Enable uniform bucket-level access on the bucket; after 90 days it can no longer be turned off.',
      'Enforce the storage.uniformBucketLevelAccess organization policy for new buckets.',
    ],
    cli: 'gcloud storage buckets update gs://<bucket> --uniform-bucket-level-access',
    terraform: 'google_storage_bucket: uniform_bucket_level_access = true',
    references: [
      'https://cloud.google.com/storage/docs/uniform-bucket-level-access',
      'https://cloud.google.com/storage/docs/using-uniform-bucket-level-access',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(b, result) {
    const name = b.attributes.bucketName
    return b.attributes.uniformBucketLevelAccess
      ? result.pass(`Bucket ${name} has uniform bucket-level access enabled, so object ACLs are disabled.`)
      : result.fail(`Bucket ${name} uses fine-grained access: object and bucket ACLs grant access beside IAM.`)
  },
})
