import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { listSome, rolesByMember } from '../../_shared/gcp-iam.js'

const KMS_ADMIN = 'roles/cloudkms.admin'
/** Roles that use key material to encrypt or decrypt. */
const CRYPTO_ROLES = ['roles/cloudkms.cryptoKeyEncrypterDecrypter', 'roles/cloudkms.cryptoKeyEncrypter', 'roles/cloudkms.cryptoKeyDecrypter']

/** CIS GCP 1.11: whoever manages KMS keys should not also be able to use them on data. */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-kms-separation-of-duties',
  title: 'No principal holds both Cloud KMS Admin and a CryptoKey Encrypter/Decrypter role on the project',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'medium',
  categories: ['identity', 'encryption'],
  rationale:
    'Cloud KMS Admin manages keys and their IAM policies; the Encrypter/Decrypter roles use them on data. A principal with both can grant itself access, decrypt, and destroy or disable keys alone. Keeping the duties apart means decrypting protected data needs a second party.',
  remediation: {
    steps: [
      'Decide for each listed principal whether it administers keys or uses them.',
      'Remove roles/cloudkms.admin or the cryptoKey* role from the project policy accordingly.',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/cloudkms.cryptoKeyEncrypterDecrypter',
    terraform:
      'Do not give the same member roles/cloudkms.admin and roles/cloudkms.cryptoKey(Encrypter|Decrypter|EncrypterDecrypter) in google_project_iam_* resources.',
    references: [
      'https://cloud.google.com/kms/docs/separation-of-duties',
      'https://cloud.google.com/kms/docs/reference/permissions-and-roles',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const both = [...rolesByMember(p.attributes.bindings)].filter(
      ([, gs]) => gs.some((g) => g.role === KMS_ADMIN) && gs.some((g) => CRYPTO_ROLES.includes(g.role)),
    )
    if (both.length === 0) return result.pass(`No principal holds both Cloud KMS Admin and an Encrypter/Decrypter role on project ${id}.`)
    const conditional = both.some(([, gs]) => gs.some((g) => (g.role === KMS_ADMIN || CRYPTO_ROLES.includes(g.role)) && g.condition))
    const note = conditional ? ' (some through conditional bindings, counted because the condition may hold)' : ''
    return result.fail(
      `On project ${id}, ${listSome(both.map(([m]) => m))} ${both.length === 1 ? 'holds' : 'hold'} both Cloud KMS Admin and a CryptoKey Encrypter/Decrypter role${note}.`,
    )
  },
})
