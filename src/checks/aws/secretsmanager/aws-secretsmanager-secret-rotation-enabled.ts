import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'

/** Secrets should rotate automatically, so a leaked value stops working without anyone having to notice the leak. */
export default defineCheck<SecretsManagerSecretAttributes>({
  id: 'aws-secretsmanager-secret-rotation-enabled',
  title: 'Secrets Manager secret has automatic rotation enabled',
  resourceType: AWS.secretsmanagerSecret,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'A database password or API key that never changes stays valid for as long as a copy of it exists: in an old laptop, a log or a ' +
    "former employee's notes. Automatic rotation replaces the value on a schedule, which limits how long a leaked copy is useful.",
  remediation: {
    steps: [
      'Configure rotation for the secret with a rotation function (managed rotation for RDS, Redshift and DocumentDB credentials).',
      'Choose a schedule, for example every 30 to 90 days, and confirm that the first rotation succeeds.',
    ],
    cli: 'aws secretsmanager rotate-secret --secret-id <secret-arn> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
    terraform:
      'aws_secretsmanager_secret_rotation: secret_id = <secret>, rotation_lambda_arn = <function>, rotation_rules { automatically_after_days = 30 }.',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
  },
  // A secret scheduled for deletion is on its way out; rotating it would be pointless.
  applies: (secret) => secret.attributes.deletedDate === null,
  evaluate(secret, result) {
    const { secretName, rotationEnabled, rotationIntervalDays } = secret.attributes
    if (!rotationEnabled) return result.fail(`Secret ${secretName} has no automatic rotation configured.`)
    const every = rotationIntervalDays === null ? '' : ` every ${rotationIntervalDays} days`
    return result.pass(`Secret ${secretName} rotates automatically${every}.`)
  },
})
