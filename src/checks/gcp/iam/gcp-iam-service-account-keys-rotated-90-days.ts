import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { GCP_IDENTITY_TYPES, type GcpServiceAccountAttributes } from '../../../normalize/gcp/types-identity.js'
import { listSome, unexpiredKeys } from '../../_shared/gcp-iam.js'

const MAX_AGE_DAYS = 90
const DAY_MS = 86_400_000

/** CIS GCP 1.7: a key that never changes stays usable for as long as any copy of it exists. */
export default defineCheck<GcpServiceAccountAttributes>({
  id: 'gcp-iam-service-account-keys-rotated-90-days',
  title: 'User-managed service account keys are rotated within 90 days',
  resourceType: GCP_IDENTITY_TYPES.serviceAccount,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'User-managed keys do not expire unless a key expiry policy is set. Rotating them at least every 90 days bounds how long a leaked copy can be abused and flushes out forgotten consumers.',
  remediation: {
    steps: [
      'Create a new key, move every consumer to it, then disable and delete the old key.',
      'Set the iam.serviceAccountKeyExpiryHours organization policy so new keys expire on their own.',
      'Better: remove keys entirely with attached service accounts or Workload Identity Federation.',
    ],
    cli: 'gcloud iam service-accounts keys create new-key.json --iam-account=<sa-email> && gcloud iam service-accounts keys delete <old-key-id> --iam-account=<sa-email>',
    terraform: 'Rotate google_service_account_key with keepers tied to a time_rotating resource (rotation_days = 90).',
    references: [
      'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys#rotate-keys',
      'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#limit_key_expiry',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(sa, result, ctx) {
    const email = sa.attributes.email
    // Disabled keys cannot authenticate until re-enabled; expired ones never again.
    const usable = unexpiredKeys(known(sa.attributes.userManagedKeys, 'user-managed keys'), ctx.now).filter((k) => !k.disabled)
    if (usable.length === 0) return result.pass(`Service account ${email} has no enabled, unexpired user-managed key.`)
    const undated = usable.filter((k) => !k.validAfterTime)
    if (undated.length > 0) return result.error(`Key(s) ${listSome(undated.map((k) => k.id))} of ${email} carry no creation time.`)
    const old = usable
      .map((k) => ({ id: k.id, age: Math.floor((ctx.now.getTime() - Date.parse(k.validAfterTime!)) / DAY_MS) }))
      .filter((k) => k.age > MAX_AGE_DAYS)
    return old.length === 0
      ? result.pass(`Every enabled user-managed key of ${email} is ${MAX_AGE_DAYS} days old or less.`)
      : result.fail(
          `Service account ${email} has enabled key(s) older than ${MAX_AGE_DAYS} days: ${listSome(old.map((k) => `${k.id} (${k.age} days)`))}.`,
        )
  },
})
