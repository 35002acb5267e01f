import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpCryptoKeyAttributes } from '../../../normalize/gcp/types-identity.js'

const MAX_DAYS = 90
const DAY_S = 86_400
/** Protection levels whose key material lives outside Cloud KMS, which cannot rotate it automatically. */
const EXTERNAL = ['EXTERNAL', 'EXTERNAL_VPC']
/** Primary states of a key whose material is gone: it protects nothing any more. */
const GONE = ['DESTROYED', 'DESTROY_SCHEDULED']

/** CIS GCP 1.10: a symmetric key used for years concentrates ciphertext under one secret. */
export default defineCheck<GcpCryptoKeyAttributes>({
  id: 'gcp-kms-key-rotation-90-days',
  title: 'Cloud KMS symmetric key rotates automatically within 90 days',
  resourceType: GCP_IDENTITY_TYPES.cryptoKey,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Automatic rotation creates a new primary version on a schedule, so new data is encrypted under fresh key material and a version compromised without anyone noticing protects only a bounded window of data. Only symmetric ENCRYPT_DECRYPT keys support automatic rotation; asymmetric, imported-only and external keys are out of scope.',
  remediation: {
    steps: [
      'Set a rotation period of 90 days or less and a next rotation time on the key.',
      'Re-encrypt long-lived data with the new primary version where policy requires it.',
    ],
    cli: 'gcloud kms keys update <key> --keyring=<ring> --location=<location> --rotation-period=90d --next-rotation-time=<RFC3339 time>',
    terraform: 'google_kms_crypto_key: rotation_period = "7776000s"',
    references: [
      'https://cloud.google.com/kms/docs/key-rotation',
      'https://cloud.google.com/kms/docs/rotate-key#automatic',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  applies(k) {
    const a = k.attributes
    return a.purpose === 'ENCRYPT_DECRYPT' && !a.importOnly && !EXTERNAL.includes(a.protectionLevel) && !GONE.includes(a.primary?.state ?? '')
  },
  evaluate(k, result, ctx) {
    const { keyName, rotationPeriod, rotationPeriodSeconds, nextRotationTime } = k.attributes
    if (rotationPeriodSeconds === null) return result.fail(`Key ${keyName} has no automatic rotation period.`)
    if (rotationPeriodSeconds > MAX_DAYS * DAY_S) {
      return result.fail(`Key ${keyName} rotates every ${Math.round(rotationPeriodSeconds / DAY_S)} days (${rotationPeriod}), more than ${MAX_DAYS}.`)
    }
    if (!nextRotationTime) return result.fail(`Key ${keyName} has a ${rotationPeriod} rotation period but no next rotation time scheduled.`)
    const days = (Date.parse(nextRotationTime) - ctx.now.getTime()) / (DAY_S * 1000)
    return days > MAX_DAYS
      ? result.fail(`Key ${keyName} next rotates on ${nextRotationTime.slice(0, 10)}, more than ${MAX_DAYS} days away.`)
      : result.pass(`Key ${keyName} rotates every ${Math.round(rotationPeriodSeconds / DAY_S)} days, next on ${nextRotationTime.slice(0, 10)}.`)
  },
})
