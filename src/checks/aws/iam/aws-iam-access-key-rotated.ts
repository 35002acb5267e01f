import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamUserAttributes } from '../../../normalize/aws/types.js'
import { activeKeys, daysSince } from '../../_shared/iam-credentials.js'

const MAX_AGE_DAYS = 90

/** Long-lived keys accumulate copies in scripts, CI systems and laptops; rotating every 90 days bounds a leak's lifetime. */
export default defineCheck<IamUserAttributes>({
  id: 'aws-iam-access-key-rotated',
  title: 'Active IAM access keys are rotated within 90 days',
  resourceType: AWS.iamUser,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'An access key that never changes stays valid for as long as any copy of it exists; regular rotation limits how long a leaked key can be abused and flushes out forgotten consumers.',
  remediation: {
    steps: [
      'Create a second access key for the user and update every consumer to use it.',
      'Deactivate the old key, watch for failures, then delete it.',
      'Better: replace long-lived keys with IAM roles (instance profiles, IAM Roles Anywhere, OIDC federation).',
    ],
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old-access-key-id> --status Inactive',
    terraform:
      'Replace the aws_iam_access_key resource (e.g. terraform apply -replace=aws_iam_access_key.<name>) at least every 90 days, or switch consumers to roles.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/access-keys-rotated.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(u, result, ctx) {
    const name = u.attributes.userName
    const active = activeKeys(known(u.attributes.accessKeys, 'access keys'))
    if (active.length === 0) return result.pass(`User ${name} has no active access key.`)
    const old = active.map((k) => ({ id: k.id, age: daysSince(k.createDate, ctx.now) })).filter((k) => k.age > MAX_AGE_DAYS)
    return old.length === 0
      ? result.pass(`Every active access key of user ${name} is ${MAX_AGE_DAYS} days old or less.`)
      : result.fail(`User ${name} has active access key(s) older than ${MAX_AGE_DAYS} days: ${old.map((k) => `${k.id} (${k.age} days)`).join(', ')}.`)
  },
})
