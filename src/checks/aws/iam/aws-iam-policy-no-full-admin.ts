import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamPolicyAttributes } from '../../../normalize/aws/types.js'
import { isFullAdminStatement, statementLabel, statements } from '../../_shared/iam-policy.js'

/**
 * Managed policies in use must not grant "*:*". Scope: every customer-managed policy, and AWS-managed policies
 * attached to something (AWS manages hundreds nobody uses). A policy attached nowhere passes without its
 * document being read; an attached one whose document was not collected is an ERROR, never a pass.
 */
export default defineCheck<IamPolicyAttributes>({
  id: 'aws-iam-policy-no-full-admin',
  title: 'Attached IAM managed policies do not grant full "*:*" administrative privileges',
  resourceType: AWS.iamPolicy,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'A policy allowing every action on every resource turns any user, group member or role holding it into an account administrator, so one compromised identity or workload compromises the whole account.',
  remediation: {
    steps: [
      'Find who holds the policy (aws iam list-entities-for-policy) and what they actually use (IAM last-accessed data or Access Analyzer policy generation).',
      'Replace "*" with the specific actions and resources needed, or attach narrower AWS-managed job-function policies.',
      'Keep full administrator access to a small, MFA-protected break-glass role.',
    ],
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default',
    terraform:
      'In the aws_iam_policy (or aws_iam_policy_document data source), list specific actions and resources instead of "*"; detach AdministratorAccess via aws_iam_*_policy_attachment.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  applies(p) {
    return !p.attributes.isAwsManaged || p.attributes.attachmentCount > 0
  },
  evaluate(p, result) {
    const name = p.attributes.policyName
    if (p.attributes.attachmentCount === 0) return result.pass(`Policy ${name} is not attached to any user, group or role.`)
    const doc = known(p.attributes.document, `default version ${p.attributes.defaultVersionId} of policy ${name}`)
    const admin = statements(doc).flatMap((s, i) => (isFullAdminStatement(s) ? [statementLabel(s, i)] : []))
    const times = `${p.attributes.attachmentCount} time(s)`
    return admin.length === 0
      ? result.pass(`Policy ${name} (attached ${times}) grants no full administrative access.`)
      : result.fail(`Policy ${name} is attached ${times} and grants full administrative access through ${admin.join(', ')}.`)
  },
})
