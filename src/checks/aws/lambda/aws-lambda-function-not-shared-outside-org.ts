import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** Lambda function policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-not-shared-outside-org',
  title: 'Lambda function policy does not grant accounts outside the organization',
  resourceType: AWS.lambdaFunction,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    "A function policy naming another account lets its principals invoke the function (running your code with your execution role's permissions) or, with lambda:GetFunction, download its code and configuration.",
  remediation: {
    steps: [
      'Remove permissions granted to principals of accounts outside your organization (aws lambda remove-permission), or add a PrincipalOrgID condition.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws lambda remove-permission --function-name <function> --statement-id <sid>',
    terraform: 'aws_lambda_permission: principal = an account of your organization (or principal_org_id = <org-id>).',
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-cross-account.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `function ${r.attributes.functionName}`, result, ctx),
})
