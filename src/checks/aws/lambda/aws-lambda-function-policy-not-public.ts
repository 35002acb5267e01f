import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** Function resource policies must not let any principal invoke or manage the function. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-policy-not-public',
  title: 'Lambda function resource policy does not allow access to any principal',
  resourceType: AWS.lambdaFunction,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A statement that allows Principal "*" without a condition limiting who lets anyone in any AWS account invoke the function ' +
    "(running code with its role's permissions and reading what it returns, at your cost) or, for management actions, change it.",
  remediation: {
    steps: [
      'Remove the statement that allows "*" (aws lambda remove-permission --statement-id <sid>).',
      'Grant invoke rights to named principals, or to a service with a SourceArn/SourceAccount condition.',
    ],
    cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>',
    terraform: 'aws_lambda_permission: set principal to a named account or service and source_arn / source_account, never "*" alone.',
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
    ],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `function ${r.attributes.functionName}`, result, ctx),
})
