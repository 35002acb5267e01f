import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'

/** Customer-managed symmetric keys should rotate their key material yearly (CIS AWS Foundations v1.4 3.8). */
export default defineCheck<KmsKeyAttributes>({
  id: 'aws-kms-key-rotation-enabled',
  title: 'Customer-managed symmetric KMS key has automatic rotation enabled',
  resourceType: AWS.kmsKey,
  severity: 'medium',
  categories: ['encryption', 'patching'],
  rationale:
    'Automatic rotation replaces the key material (yearly by default) while keeping old material for decryption, which limits how ' +
    'much data any single key version protects and how long compromised material stays useful.',
  remediation: {
    steps: ['Enable automatic rotation on the key (optionally set a rotation period between 90 and 2560 days).'],
    cli: 'aws kms enable-key-rotation --key-id <key-id> --rotation-period-in-days 365',
    terraform: 'aws_kms_key: enable_key_rotation = true (rotation_period_in_days = 365).',
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
  },
  // Automatic rotation exists only for symmetric encryption keys whose material KMS generated (origin AWS_KMS);
  // AWS-managed keys rotate on their own, and disabled or pending-deletion keys encrypt nothing new.
  // https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotation-supported
  applies: (key) =>
    key.attributes.keyManager === 'CUSTOMER' &&
    key.attributes.keySpec === 'SYMMETRIC_DEFAULT' &&
    key.attributes.keyState === 'Enabled' &&
    key.attributes.origin === 'AWS_KMS',
  evaluate(key, result) {
    const rotation = known(key.attributes.rotationEnabled, `rotation status of key ${key.attributes.keyId}`)
    if (rotation === null)
      return result.error(`Key ${key.attributes.keyId} is customer-managed and symmetric, but its rotation status was not reported.`)
    return rotation
      ? result.pass(`Key ${key.attributes.keyId} rotates its key material automatically.`)
      : result.fail(`Key ${key.attributes.keyId} has automatic rotation turned off.`)
  },
})
