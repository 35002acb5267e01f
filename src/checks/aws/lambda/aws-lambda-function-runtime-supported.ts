import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import { deprecatedSince } from './runtimes.js'

/** Functions should run on a runtime that still receives security patches. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-runtime-supported',
  title: 'Lambda function uses a runtime that is not deprecated',
  resourceType: AWS.lambdaFunction,
  severity: 'medium',
  categories: ['patching'],
  rationale:
    'Once a runtime is deprecated, Lambda stops applying security patches to its language runtime and operating system, so known ' +
    'vulnerabilities stay in the function; later the function can no longer be updated, which blocks an emergency fix.',
  remediation: {
    steps: [
      'Test the function code with a supported runtime version (e.g. python3.12+, nodejs22.x+, java21, dotnet8).',
      'Update the function configuration to that runtime and redeploy.',
    ],
    cli: 'aws lambda update-function-configuration --function-name <name> --runtime python3.13',
    terraform: 'aws_lambda_function: runtime = "<supported runtime>", e.g. "python3.13" or "nodejs22.x".',
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2',
    ],
  },
  // Container image functions have no managed runtime (the image carries its own).
  applies: (fn) => fn.attributes.runtime !== null,
  evaluate(fn, result, ctx) {
    const { functionName, runtime } = fn.attributes
    const since = deprecatedSince(runtime ?? '', ctx.now)
    return since
      ? result.fail(`Function ${functionName} runs on ${runtime}, deprecated since ${since}.`)
      : result.pass(`Function ${functionName} runs on ${runtime}, which is not deprecated.`)
  },
})
