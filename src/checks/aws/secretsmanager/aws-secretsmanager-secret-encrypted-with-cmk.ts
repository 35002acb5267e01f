import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import { kmsKeyManager } from '../backup/kms-key-manager.js'

/** Secrets should be encrypted with a customer-managed KMS key rather than the AWS managed aws/secretsmanager key. */
export default defineCheck<SecretsManagerSecretAttributes>({
  id: 'aws-secretsmanager-secret-encrypted-with-cmk',
  title: 'Secrets Manager secret is encrypted with a customer-managed KMS key',
  resourceType: AWS.secretsmanagerSecret,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With the AWS managed key aws/secretsmanager, anyone in the account allowed secretsmanager:GetSecretValue can decrypt the secret, and ' +
    'the key cannot be shared with other accounts. A customer-managed key adds a key policy as a second gate on who may decrypt.',
  remediation: {
    steps: [
      'Create a customer-managed KMS key whose key policy allows only the principals that need the secret to decrypt.',
      'Update the secret to use the key (the current value is re-encrypted on the next update of the secret).',
    ],
    cli: 'aws secretsmanager update-secret --secret-id <secret-arn> --kms-key-id <key-arn>',
    terraform: 'aws_secretsmanager_secret: kms_key_id = <customer-managed key ARN>.',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html'],
  },
  evaluate(secret, result, ctx) {
    const { secretName, kmsKeyId } = secret.attributes
    return kmsKeyManager(kmsKeyId, secret, ctx) === 'CUSTOMER'
      ? result.pass(`Secret ${secretName} is encrypted with the customer-managed key ${kmsKeyId}.`)
      : result.fail(`Secret ${secretName} is encrypted with the AWS managed key ${kmsKeyId ?? 'aws/secretsmanager'}.`)
  },
})
