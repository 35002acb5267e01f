import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'

const MAX_UNUSED_DAYS = 90
const DAY_MS = 86_400_000

/** Secrets nobody has read for 90 days are likely orphaned credentials that still work. */
export default defineCheck<SecretsManagerSecretAttributes>({
  id: 'aws-secretsmanager-secret-recently-used',
  title: 'Secrets Manager secret has been accessed within the last 90 days',
  resourceType: AWS.secretsmanagerSecret,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'A secret that no application has retrieved for 90 days usually belongs to a retired system, but the credential it holds often still ' +
    'opens a database or a third-party account. Deleting unused secrets (and revoking what they hold) shrinks what an intruder can find.',
  remediation: {
    steps: [
      'Confirm with the owner that nothing reads the secret (CloudTrail GetSecretValue events).',
      'Revoke the credential at its source, then delete the secret with a recovery window.',
    ],
    cli: 'aws secretsmanager delete-secret --secret-id <secret-arn> --recovery-window-in-days 30',
    terraform: 'Remove the aws_secretsmanager_secret resource (recovery_window_in_days controls the deletion window).',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html'],
  },
  applies: (secret) => secret.attributes.deletedDate === null,
  evaluate(secret, result, ctx) {
    const { secretName, lastAccessedDate, createdDate } = secret.attributes
    const daysSince = (date: string) => Math.floor((ctx.now.getTime() - Date.parse(date)) / DAY_MS)
    if (lastAccessedDate !== null) {
      const days = daysSince(lastAccessedDate)
      return days > MAX_UNUSED_DAYS
        ? result.fail(`Secret ${secretName} was last accessed ${days} days ago.`)
        : result.pass(`Secret ${secretName} was accessed ${days} days ago.`)
    }
    if (createdDate === null) return result.error(`Secret ${secretName} has neither a last access date nor a creation date.`)
    const age = daysSince(createdDate)
    return age > MAX_UNUSED_DAYS
      ? result.fail(`Secret ${secretName} has never been accessed since it was created ${age} days ago.`)
      : result.pass(`Secret ${secretName} has not been accessed yet but was created only ${age} days ago.`)
  },
})
