import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamRoleAttributes, type PolicyStatement } from '../../../normalize/aws/types.js'
import { asList, principalsOf, publicStatements, statementLabel, statements } from '../../_shared/iam-policy.js'

// Every action that hands out the role's credentials (sts:AssumeRole, ...WithSAML, ...WithWebIdentity).
const ASSUME = ['sts:AssumeRole*']

/** Who a public trust statement lets in, for the message. */
function who(s: PolicyStatement): string {
  if (s.NotPrincipal !== undefined) return 'every principal not listed in NotPrincipal'
  return principalsOf(s)
    .map((p) => (p.type === '*' ? '"*"' : `${p.type} "${p.value}"`))
    .join(', ')
}

/** The actions a statement allows, for the message. */
function actions(s: PolicyStatement): string {
  return s.Action !== undefined ? asList(s.Action).join(', ') : `every action except ${asList(s.NotAction).join(', ')}`
}

/** A role whose trust policy admits any AWS principal can be assumed from any account in the world. */
export default defineCheck<IamRoleAttributes>({
  id: 'aws-iam-role-trust-no-public-principal',
  title: 'IAM role trust policies do not allow any principal to assume the role',
  resourceType: AWS.iamRole,
  severity: 'critical',
  categories: ['data-exposure', 'identity'],
  rationale:
    'A trust policy with Principal "*" (or AWS "*", or NotPrincipal) and no condition pinning the caller\'s account, organization or external id lets anyone with an AWS account call sts:AssumeRole and obtain the role\'s permissions.',
  remediation: {
    steps: [
      'Replace the wildcard principal with the specific account, role or service principals that need the role.',
      'If many accounts must assume it, add a condition such as aws:PrincipalOrgID or aws:PrincipalAccount; for third parties, sts:ExternalId.',
    ],
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-policy.json',
    terraform:
      'In aws_iam_role.assume_role_policy (or its aws_iam_policy_document), name explicit principals identifiers and add a condition on aws:PrincipalOrgID or aws:PrincipalAccount when needed.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
  },
  evaluate(r, result) {
    const name = r.attributes.roleName
    const trust = known(r.attributes.trustPolicy, 'trust policy')
    // Every IAM role has a trust policy; null here means the collector saw none, which AWS does not allow.
    if (trust === null) return result.error(`Role ${name} has no trust policy document to evaluate.`)
    // Statement by statement, so that the message can number unnamed ones.
    const open = statements(trust).flatMap((s, i) => (publicStatements({ Statement: s }, ASSUME).length > 0 ? [{ s, i }] : []))
    if (open.length === 0) return result.pass(`The trust policy of role ${name} admits no unrestricted public principal.`)
    const details = open.map(({ s, i }) => `${statementLabel(s, i)} allows ${actions(s)} to ${who(s)}`)
    return result.fail(`The trust policy of role ${name} lets anyone assume it without a restricting condition: ${details.join('; ')}.`)
  },
})
