import { defineCheck } from '../../../evaluate/define-check.js'
import { isUnknown, NotCollectedError } from '../../../core/unknown.js'
import { AWS, type AccountAttributes, type IamRoleAttributes } from '../../../normalize/aws/types.js'

// Matches every partition (arn:aws:, arn:aws-us-gov:, arn:aws-cn:).
const SUPPORT_POLICY = /^arn:[^:]+:iam::aws:policy\/AWSSupportAccess$/

/** Someone must be able to open and manage AWS Support cases during an incident without using root. */
export default defineCheck<AccountAttributes>({
  id: 'aws-iam-support-role-exists',
  title: 'An IAM role with the AWSSupportAccess policy exists to manage AWS Support incidents',
  resourceType: AWS.account,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'During an incident the team must be able to open and follow AWS Support cases; without a dedicated least-privilege support role people fall back to administrators or the root user.',
  remediation: {
    steps: [
      'Create a role that your incident responders (or your identity provider) can assume.',
      'Attach the AWS-managed policy AWSSupportAccess to it.',
    ],
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust-policy.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    terraform:
      'Add an aws_iam_role for support staff and an aws_iam_role_policy_attachment with policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess".',
    references: [
      'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(account, result, ctx) {
    // Throws NotCollectedError (→ ERROR) when the role listing of this account failed.
    const roles = ctx.inventory.resources<IamRoleAttributes>(AWS.iamRole, { account: account.account })
    const unknown: string[] = []
    for (const r of roles) {
      const attached = r.attributes.attachedPolicies
      if (isUnknown(attached)) unknown.push(`attached policies of role ${r.attributes.roleName} (${attached.$unknown})`)
      else if (attached.some((p) => SUPPORT_POLICY.test(p.arn))) {
        return result.pass(`Role ${r.attributes.roleName} in account ${account.account} has AWSSupportAccess attached.`)
      }
    }
    // Only a role we could not inspect might still be the support role: that is undecided, not a failure.
    if (unknown.length > 0) throw new NotCollectedError(unknown.join('; '))
    return result.fail(`None of the ${roles.length} IAM role(s) in account ${account.account} has AWSSupportAccess attached.`)
  },
})
