import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { GCP_IDENTITY_TYPES, type GcpServiceAccountAttributes } from '../../../normalize/gcp/types-identity.js'
import { describeKey, listSome, unexpiredKeys } from '../../_shared/gcp-iam.js'

/** CIS GCP 1.4: a downloaded private key is a long-lived credential outside Google's control; prefer attached accounts and federation. */
export default defineCheck<GcpServiceAccountAttributes>({
  id: 'gcp-iam-service-account-no-user-managed-keys',
  title: 'Service account has no user-managed keys',
  resourceType: GCP_IDENTITY_TYPES.serviceAccount,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'A user-managed key is a private key file that works from anywhere until it is deleted or expires; copies end up in repositories, CI variables and laptops, and Google cannot tell a leaked key from a legitimate one. Google-managed keys are rotated automatically and never leave Google. Disabled keys count: they can be re-enabled.',
  remediation: {
    steps: [
      'Move workloads to attached service accounts (Compute Engine, Cloud Run, GKE Workload Identity) or Workload Identity Federation for workloads outside Google Cloud.',
      'Delete the user-managed keys once nothing uses them (check key usage with the Activity Analyzer).',
      'Enforce the iam.disableServiceAccountKeyCreation organization policy.',
    ],
    cli: 'gcloud iam service-accounts keys delete <key-id> --iam-account=<sa-email>',
    terraform: 'Remove google_service_account_key resources; use workload identity federation (google_iam_workload_identity_pool) instead.',
    references: [
      'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
      'https://cloud.google.com/iam/docs/workload-identity-federation',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(sa, result, ctx) {
    const email = sa.attributes.email
    const keys = unexpiredKeys(known(sa.attributes.userManagedKeys, 'user-managed keys'), ctx.now)
    return keys.length === 0
      ? result.pass(`Service account ${email} has no unexpired user-managed key.`)
      : result.fail(`Service account ${email} has ${keys.length} user-managed key(s): ${listSome(keys.map(describeKey))}.`)
  },
})
