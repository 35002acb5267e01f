import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'

const MAX_AGE_DAYS = 90
const DAY_MS = 86_400_000

/** A secret's value should have changed within 90 days, whether rotation is scheduled or done by hand. */
export default defineCheck<SecretsManagerSecretAttributes>({
  id: 'aws-secretsmanager-secret-rotated-within-90-days',
  title: 'Secrets Manager secret value was rotated within the last 90 days',
  resourceType: AWS.secretsmanagerSecret,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Rotation that is configured but failing, or a secret that was never rotated since it was created, leaves the same credential valid ' +
    'for months. Checking the date of the last rotation catches both, and bounds how long a leaked value keeps working.',
  remediation: {
    steps: [
      "Rotate the secret now, and find out why scheduled rotation did not run (the rotation function's CloudWatch logs).",
      'Enable automatic rotation with a schedule of 90 days or less.',
    ],
    cli: 'aws secretsmanager rotate-secret --secret-id <secret-arn>',
    terraform: 'aws_secretsmanager_secret_rotation: rotation_rules { automatically_after_days = 90 } (or less).',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_turn-on-for-other.html'],
  },
  applies: (secret) => secret.attributes.deletedDate === null,
  evaluate(secret, result, ctx) {
    const { secretName, lastRotatedDate, createdDate } = secret.attributes
    const since = lastRotatedDate ?? createdDate
    if (since === null) return result.error(`Secret ${secretName} has neither a last rotation date nor a creation date.`)
    const days = Math.floor((ctx.now.getTime() - Date.parse(since)) / DAY_MS)
    const what = lastRotatedDate ? `was last rotated ${days} days ago` : `has never been rotated since it was created ${days} days ago`
    return days > MAX_AGE_DAYS
      ? result.fail(`Secret ${secretName} ${what} (more than ${MAX_AGE_DAYS}).`)
      : result.pass(`Secret ${secretName} ${what}.`)
  },
})
