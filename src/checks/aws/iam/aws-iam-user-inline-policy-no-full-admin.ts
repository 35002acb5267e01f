import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamUserAttributes } from '../../../normalize/aws/types.js'
import { fullAdminInlinePolicies } from '../../_shared/iam-policy.js'

/** Inline policies are invisible in managed-policy reviews; one granting "*:*" makes the user an account administrator. */
export default defineCheck<IamUserAttributes>({
  id: 'aws-iam-user-inline-policy-no-full-admin',
  title: 'IAM user inline policies do not grant full "*:*" administrative privileges',
  resourceType: AWS.iamUser,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'An inline policy allowing every action on every resource makes the user, and anyone holding its password or access keys, a full administrator of the account; inline policies also escape the reviews that cover managed policies.',
  remediation: {
    steps: [
      'Determine which actions the user really uses (IAM last-accessed data or Access Analyzer policy generation).',
      'Replace the inline policy with a least-privilege managed policy, or rewrite it with specific actions and resources.',
    ],
    cli: 'aws iam delete-user-policy --user-name <user> --policy-name <policy-name>',
    terraform:
      'In aws_iam_user_policy, list specific actions and resources instead of "*" (or remove it and attach a least-privilege aws_iam_policy).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(r, result) {
    const name = r.attributes.userName
    const inline = known(r.attributes.inlinePolicies, 'inline policies')
    const admin = fullAdminInlinePolicies(inline)
    return admin.length === 0
      ? result.pass(`User ${name} has ${inline.length} inline polic${inline.length === 1 ? 'y' : 'ies'}, none granting full administrative access.`)
      : result.fail(`User ${name} has inline polic${admin.length === 1 ? 'y' : 'ies'} ${admin.join(', ')} granting full administrative access.`)
  },
})
