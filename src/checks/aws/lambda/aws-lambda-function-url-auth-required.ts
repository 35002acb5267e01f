import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'

/** Function URLs should require IAM authentication (AuthType AWS_IAM). */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-url-auth-required',
  title: 'Lambda function URL requires IAM authentication',
  resourceType: AWS.lambdaFunction,
  severity: 'high',
  categories: ['identity', 'network'],
  rationale:
    'A function URL with AuthType NONE is an HTTPS endpoint anyone on the internet can call: the only protection left is the ' +
    "function's own code, and every request runs with the function role's permissions and is billed to the account.",
  remediation: {
    steps: [
      'Set the function URL AuthType to AWS_IAM and sign requests with SigV4 (or put the function behind API Gateway or CloudFront with authentication).',
      'If the URL is not needed, delete it.',
    ],
    cli: 'aws lambda update-function-url-config --function-name <name> --auth-type AWS_IAM',
    terraform: 'aws_lambda_function_url: authorization_type = "AWS_IAM".',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  },
  evaluate(fn, result) {
    const name = fn.attributes.functionName
    const url = known(fn.attributes.functionUrl, `function URL of ${name}`)
    if (url === null) return result.pass(`Function ${name} has no function URL.`)
    return url.authType === 'NONE'
      ? result.fail(`Function ${name} has a function URL (${url.url}) with AuthType NONE: anyone can invoke it.`)
      : result.pass(`Function ${name} has a function URL that requires ${url.authType} authentication.`)
  },
})
