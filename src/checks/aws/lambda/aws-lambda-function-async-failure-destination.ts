import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'

/** Failed asynchronous invocations should go to a dead-letter queue or an on-failure destination instead of being dropped. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-async-failure-destination',
  title: 'Lambda function keeps failed asynchronous events (dead-letter queue or on-failure destination)',
  resourceType: AWS.lambdaFunction,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'When an asynchronous invocation (S3, SNS, EventBridge, ...) still fails after its retries, Lambda discards the event unless a ' +
    'dead-letter queue or an on-failure destination is configured: the work and the evidence of the failure are lost.',
  remediation: {
    steps: ['Configure an on-failure destination (SQS, SNS, EventBridge or another function), or a dead-letter queue, and alarm on it.'],
    cli: 'aws lambda put-function-event-invoke-config --function-name <name> --destination-config \'{"OnFailure":{"Destination":"<queue-arn>"}}\'',
    terraform:
      'aws_lambda_function_event_invoke_config: destination_config { on_failure { destination = <arn> } } (or dead_letter_config on aws_lambda_function).',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html'],
  },
  evaluate(fn, result) {
    const { functionName, deadLetterTargetArn } = fn.attributes
    if (deadLetterTargetArn) return result.pass(`Function ${functionName} sends failed events to the dead-letter queue ${deadLetterTargetArn}.`)
    const destination = known(fn.attributes.onFailureDestination, `on-failure destination of ${functionName}`)
    return destination
      ? result.pass(`Function ${functionName} sends failed events to the on-failure destination ${destination}.`)
      : result.fail(
          `Function ${functionName} has neither a dead-letter queue nor an on-failure destination, so failed asynchronous events are dropped.`,
        )
  },
})
