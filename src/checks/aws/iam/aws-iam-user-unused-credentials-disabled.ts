import { defineCheck } from '../../../evaluate/define-check.js'
import { NotCollectedError } from '../../../core/unknown.js'
import { AWS, type IamUserAttributes } from '../../../normalize/aws/types.js'
import { unusedCredentials } from '../../_shared/iam-credentials.js'

const IDLE_DAYS = 45

/** Credentials nobody uses are pure risk: they can leak, and their misuse goes unnoticed. */
export default defineCheck<IamUserAttributes>({
  id: 'aws-iam-user-unused-credentials-disabled',
  title: 'IAM user credentials unused for 45 days or more are disabled',
  resourceType: AWS.iamUser,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Passwords and access keys left enabled after people change roles or scripts are retired remain valid attack paths; nobody notices when a forgotten credential starts being used by someone else.',
  remediation: {
    steps: [
      'Confirm with the owner that the credential is no longer needed (check the credential report and access key last-used data).',
      'Deactivate unused access keys, then delete them after a grace period.',
      'Remove the console password (login profile) of users who no longer sign in.',
    ],
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <access-key-id> --status Inactive && aws iam delete-login-profile --user-name <user>',
    terraform:
      'Remove the aws_iam_access_key and aws_iam_user_login_profile resources of the unused credentials, or set status = "Inactive" on aws_iam_access_key.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-user-unused-credentials-check.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(u, result, ctx) {
    const name = u.attributes.userName
    const { unused, unknown } = unusedCredentials(u.attributes, ctx.now, IDLE_DAYS)
    // A credential seen unused is a verified failure even if another one could not be judged.
    if (unused.length > 0) return result.fail(`User ${name} has enabled credentials unused for ${IDLE_DAYS}+ days: ${unused.join('; ')}.`)
    if (unknown.length > 0) throw new NotCollectedError(unknown.join('; '))
    return result.pass(`Every enabled credential of user ${name} was used (or created) within the last ${IDLE_DAYS} days.`)
  },
})
