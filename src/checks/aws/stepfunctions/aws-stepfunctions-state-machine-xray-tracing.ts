import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'

/** State machines should send traces to AWS X-Ray. */
export default defineCheck<StepFunctionsStateMachineAttributes>({
  id: 'aws-stepfunctions-state-machine-xray-tracing',
  title: 'Step Functions state machine has X-Ray tracing enabled',
  resourceType: AWS.stepfunctionsStateMachine,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'X-Ray traces show each execution across the services it calls (Lambda, DynamoDB, SQS), which makes failures, latency and ' +
    'unexpected call paths faster to find during an investigation.',
  remediation: {
    steps: ['Enable X-Ray tracing on the state machine.'],
    cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --tracing-configuration enabled=true',
    terraform: 'aws_sfn_state_machine: tracing_configuration { enabled = true }.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html'],
  },
  evaluate(sm, result) {
    const { stateMachineName } = sm.attributes
    return known(sm.attributes.tracingEnabled, `tracing configuration of state machine ${stateMachineName}`)
      ? result.pass(`State machine ${stateMachineName} has X-Ray tracing enabled.`)
      : result.fail(`State machine ${stateMachineName} has X-Ray tracing disabled.`)
  },
})
