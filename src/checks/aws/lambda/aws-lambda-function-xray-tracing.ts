import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'

/** Functions should have X-Ray active tracing for request-level evidence. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-xray-tracing',
  title: 'Lambda function has AWS X-Ray active tracing enabled',
  resourceType: AWS.lambdaFunction,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Active tracing records each invocation and the downstream calls it makes, which shows during an investigation what a function ' +
    'touched and when; without it only logs the code chose to write are available.',
  remediation: {
    steps: ['Enable active tracing and allow the function role xray:PutTraceSegments and xray:PutTelemetryRecords (AWSXRayDaemonWriteAccess).'],
    cli: 'aws lambda update-function-configuration --function-name <name> --tracing-config Mode=Active',
    terraform: 'aws_lambda_function: tracing_config { mode = "Active" }.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
  },
  evaluate(fn, result) {
    const { functionName, tracingMode } = fn.attributes
    return tracingMode === 'Active'
      ? result.pass(`Function ${functionName} has X-Ray active tracing.`)
      : result.fail(`Function ${functionName} has tracing mode ${tracingMode}, not Active.`)
  },
})
