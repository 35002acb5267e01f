import { defineCheck } from '../../../evaluate/define-check.js'
import { isUnknown, NotCollectedError } from '../../../core/unknown.js'
import { AWS, type IamUserAttributes } from '../../../normalize/aws/types.js'

/** Permissions granted through groups (or roles) are reviewable in one place; per-user policies drift unnoticed. */
export default defineCheck<IamUserAttributes>({
  id: 'aws-iam-user-no-direct-policies',
  title: 'IAM users receive permissions only through groups, not directly attached policies',
  resourceType: AWS.iamUser,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'Policies attached to individual users are easy to forget when people change roles and make access reviews harder; granting through groups keeps permissions consistent and auditable.',
  remediation: {
    steps: [
      'Create (or reuse) a group with the needed permissions and add the user to it.',
      'Detach managed policies from the user and delete its inline policies.',
    ],
    cli: 'aws iam add-user-to-group --group-name <group> --user-name <user> && aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn> && aws iam delete-user-policy --user-name <user> --policy-name <inline-policy-name>',
    terraform:
      'Replace aws_iam_user_policy_attachment / aws_iam_user_policy with aws_iam_group_policy_attachment plus aws_iam_user_group_membership.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(u, result) {
    const { userName, attachedPolicies, inlinePolicies } = u.attributes
    const direct = [
      ...(isUnknown(attachedPolicies) ? [] : attachedPolicies.map((p) => `managed ${p.name}`)),
      ...(isUnknown(inlinePolicies) ? [] : inlinePolicies.map((p) => `inline ${p.name}`)),
    ]
    // A policy seen on the user is a verified failure even if the other list could not be read.
    if (direct.length > 0) return result.fail(`User ${userName} has policies attached directly: ${direct.join(', ')}.`)
    if (isUnknown(attachedPolicies)) throw new NotCollectedError(`attached policies (${attachedPolicies.$unknown})`)
    if (isUnknown(inlinePolicies)) throw new NotCollectedError(`inline policies (${inlinePolicies.$unknown})`)
    return result.pass(`User ${userName} has no directly attached or inline policies.`)
  },
})
