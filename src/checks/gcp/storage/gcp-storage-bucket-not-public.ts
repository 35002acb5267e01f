import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { GCP_IDENTITY_TYPES, type GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'
import { describeGrants, isPublicMember, listSome, publicGrants } from '../../_shared/gcp-iam.js'

/** CIS GCP 5.1: allUsers / allAuthenticatedUsers on a bucket publish its objects to the internet. */
export default defineCheck<GcpBucketAttributes>({
  id: 'gcp-storage-bucket-not-public',
  title: 'Cloud Storage bucket is not anonymously or publicly accessible',
  resourceType: GCP_IDENTITY_TYPES.bucket,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A bucket IAM binding or ACL entry for allUsers lets anyone on the internet use it, and allAuthenticatedUsers anyone with any Google account. Public buckets are found by scanners within hours and are a leading cause of cloud data leaks. Enforced public access prevention makes such grants ineffective.',
  remediation: {
    steps: [
      'Remove allUsers and allAuthenticatedUsers from the bucket IAM policy (and from bucket and default object ACLs).',
      'Enforce public access prevention on the bucket, or the storage.publicAccessPrevention organization policy.',
      'Serve intentionally public content through a dedicated bucket behind Cloud CDN or signed URLs.',
    ],
    cli: 'gcloud storage buckets remove-iam-policy-binding gs://<bucket> --member=allUsers --role=<role> && gcloud storage buckets update gs://<bucket> --public-access-prevention',
    terraform:
      'Remove google_storage_bucket_iam_member/binding with member "allUsers" or "allAuthenticatedUsers"; set public_access_prevention = "enforced" on google_storage_bucket.',
    references: [
      'https://cloud.google.com/storage/docs/access-control/making-data-public',
      'https://cloud.google.com/storage/docs/public-access-prevention',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(b, result) {
    const a = b.attributes
    const name = a.bucketName
    // Enforced prevention blocks allUsers/allAuthenticatedUsers whatever the policy and ACLs say.
    if (a.publicAccessPrevention === 'enforced')
      return result.pass(`Bucket ${name} enforces public access prevention, so no public grant takes effect.`)
    const iam = publicGrants(known(a.iamPolicy, 'bucket IAM policy').bindings)
    // While uniform bucket-level access is on the normalizer reports ACLs as [] (they are disabled).
    const acl = [
      ...known(a.acl, 'bucket ACL').map((e) => ({ where: 'bucket ACL', ...e })),
      ...known(a.defaultObjectAcl, 'default object ACL').map((e) => ({ where: 'default object ACL', ...e })),
    ].filter((e) => isPublicMember(e.entity))
    if (iam.length === 0 && acl.length === 0) return result.pass(`Bucket ${name} grants nothing to allUsers or allAuthenticatedUsers.`)
    const found = [iam.length > 0 ? describeGrants(iam) : '', listSome(acl.map((e) => `${e.where} gives ${e.entity} ${e.role}`))].filter(Boolean)
    return result.fail(`Bucket ${name} is open to the public: ${found.join('; ')}.`)
  },
})
