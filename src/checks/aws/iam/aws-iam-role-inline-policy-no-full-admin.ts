import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamRoleAttributes } from '../../../normalize/aws/types.js'
import { fullAdminInlinePolicies } from '../../_shared/iam-policy.js'

/** Inline policies are invisible in managed-policy reviews; one granting "*:*" makes the role an account administrator. */
export default defineCheck<IamRoleAttributes>({
  id: 'aws-iam-role-inline-policy-no-full-admin',
  title: 'IAM role inline policies do not grant full "*:*" administrative privileges',
  resourceType: AWS.iamRole,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'An inline policy allowing every action on every resource makes every principal or workload that can assume the role a full administrator of the account; inline policies also escape the reviews that cover managed policies.',
  remediation: {
    steps: [
      'Determine which actions the role really uses (IAM last-accessed data or Access Analyzer policy generation).',
      'Replace the inline policy with a least-privilege managed policy, or rewrite it with specific actions and resources.',
    ],
    cli: 'aws iam put-role-policy --role-name <role> --policy-name <policy-name> --policy-document file://least-privilege.json',
    terraform:
      'In aws_iam_role_policy (or the inline_policy block of aws_iam_role), list specific actions and resources instead of "*" (or remove it and attach a least-privilege aws_iam_policy).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(r, result) {
    const name = r.attributes.roleName
    const inline = known(r.attributes.inlinePolicies, 'inline policies')
    const admin = fullAdminInlinePolicies(inline)
    return admin.length === 0
      ? result.pass(`Role ${name} has ${inline.length} inline polic${inline.length === 1 ? 'y' : 'ies'}, none granting full administrative access.`)
      : result.fail(`Role ${name} has inline polic${admin.length === 1 ? 'y' : 'ies'} ${admin.join(', ')} granting full administrative access.`)
  },
})
