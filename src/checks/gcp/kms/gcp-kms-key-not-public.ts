import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { GCP_IDENTITY_TYPES, type GcpCryptoKeyAttributes } from '../../../normalize/gcp/types-identity.js'
import { describeGrants, publicGrants } from '../../_shared/gcp-iam.js'

/** CIS GCP 1.9: a key anyone may use decrypts the data it protects for anyone. */
export default defineCheck<GcpCryptoKeyAttributes>({
  id: 'gcp-kms-key-not-public',
  title: 'Cloud KMS key is not anonymously or publicly accessible',
  resourceType: GCP_IDENTITY_TYPES.cryptoKey,
  severity: 'high',
  categories: ['data-exposure', 'encryption'],
  rationale:
    'A key IAM binding for allUsers or allAuthenticatedUsers lets anyone on the internet, or anyone with a Google account, use or manage the key: decrypt the data it protects, sign as you, or disable and destroy it.',
  remediation: {
    steps: ['Remove allUsers and allAuthenticatedUsers from the key IAM policy.', 'Grant key roles to the specific service accounts that need them.'],
    cli: 'gcloud kms keys remove-iam-policy-binding <key> --keyring=<ring> --location=<location> --member=allUsers --role=<role>',
    terraform: 'Remove google_kms_crypto_key_iam_member/binding entries with member "allUsers" or "allAuthenticatedUsers".',
    references: [
      'https://cloud.google.com/kms/docs/iam',
      'https://cloud.google.com/kms/docs/reference/permissions-and-roles',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(k, result) {
    const found = publicGrants(known(k.attributes.iamPolicy, 'key IAM policy').bindings)
    return found.length === 0
      ? result.pass(`Key ${k.attributes.keyName} grants nothing to allUsers or allAuthenticatedUsers.`)
      : result.fail(`Key ${k.attributes.keyName} is open to the public: ${describeGrants(found)}.`)
  },
})
