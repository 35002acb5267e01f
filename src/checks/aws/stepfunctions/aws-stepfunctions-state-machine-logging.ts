import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'

/** State machines should log execution history to CloudWatch Logs (level ALL, ERROR or FATAL). */
export default defineCheck<StepFunctionsStateMachineAttributes>({
  id: 'aws-stepfunctions-state-machine-logging',
  title: 'Step Functions state machine has execution logging enabled',
  resourceType: AWS.stepfunctionsStateMachine,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Execution logs record which states ran, with which input and which errors. Express workflows keep no execution history at ' +
    'all without them, and for standard workflows the history expires after 90 days, so misuse or failures of the workflow cannot be reconstructed.',
  remediation: {
    steps: ['Create a CloudWatch Logs log group.', 'Set the state machine logging level to ERROR or ALL with that log group as the destination.'],
    cli: "aws stepfunctions update-state-machine --state-machine-arn <arn> --logging-configuration 'level=ERROR,includeExecutionData=false,destinations=[{cloudWatchLogsLogGroup={logGroupArn=<log-group-arn>:*}}]'",
    terraform: 'aws_sfn_state_machine: logging_configuration { level = "ERROR", log_destination = "<log-group-arn>:*" }.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html'],
  },
  evaluate(sm, result) {
    const { stateMachineName } = sm.attributes
    const level = known(sm.attributes.loggingLevel, `logging configuration of state machine ${stateMachineName}`)
    return level !== 'OFF'
      ? result.pass(`State machine ${stateMachineName} logs executions at level ${level}.`)
      : result.fail(`State machine ${stateMachineName} has logging level OFF, so executions are not logged to CloudWatch Logs.`)
  },
})
