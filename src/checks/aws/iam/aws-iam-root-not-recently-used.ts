import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RootUserAttributes } from '../../../normalize/aws/types.js'
import { day, daysSince } from '../../_shared/iam-credentials.js'

const WINDOW_DAYS = 30

/** Daily work must not use the root user; a root sign-in or key use in the last 30 days needs a look. */
export default defineCheck<RootUserAttributes>({
  id: 'aws-iam-root-not-recently-used',
  title: 'Root user has not been used in the last 30 days',
  resourceType: AWS.iamRootUser,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'Only a handful of tasks need the root user; recent use means either routine work with unrestricted credentials or someone else using them, and either way it deserves investigation.',
  remediation: {
    steps: [
      'Review CloudTrail for events with userIdentity.type "Root" to see who used the root user and why.',
      'Move routine work to IAM Identity Center users or IAM roles, and keep root for the tasks that require it.',
      'Alert on root use with a CloudWatch metric filter or EventBridge rule.',
    ],
    cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 --decode | grep "<root_account>"',
    terraform:
      'Add an aws_cloudwatch_event_rule matching userIdentity.type = "Root" sign-ins and API calls, with an aws_cloudwatch_event_target to an SNS topic.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(root, result, ctx) {
    const lastUsed = known(root.attributes.lastUsed, 'root last use (credential report)')
    if (lastUsed === null) return result.pass(`The root user of account ${root.account} has never been used with a password or access key.`)
    const days = daysSince(lastUsed, ctx.now)
    return days < WINDOW_DAYS
      ? result.fail(`The root user of account ${root.account} was last used on ${day(lastUsed)}, ${days} day(s) ago.`)
      : result.pass(`The root user of account ${root.account} was last used on ${day(lastUsed)}, ${days} days ago.`)
  },
})
