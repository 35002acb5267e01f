import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'

/** State machines should encrypt definitions and execution data with a customer-managed KMS key. */
export default defineCheck<StepFunctionsStateMachineAttributes>({
  id: 'aws-stepfunctions-state-machine-cmk',
  title: 'Step Functions state machine encrypts data with a customer-managed KMS key',
  resourceType: AWS.stepfunctionsStateMachine,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Execution input, output and history are encrypted with an AWS-owned key by default, which you cannot restrict, audit or revoke; ' +
    'a customer-managed key lets the key policy decide who can read workflow data and records every use in CloudTrail.',
  remediation: {
    steps: [
      'Create a symmetric customer-managed KMS key whose key policy allows the state machine role and states.amazonaws.com to use it.',
      'Set the state machine encryption configuration to CUSTOMER_MANAGED_KMS_KEY with that key.',
    ],
    cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --encryption-configuration type=CUSTOMER_MANAGED_KMS_KEY,kmsKeyId=<key-arn>,kmsDataKeyReusePeriodSeconds=300',
    terraform: 'aws_sfn_state_machine: encryption_configuration { type = "CUSTOMER_MANAGED_KMS_KEY", kms_key_id = <key-arn> }.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html'],
  },
  evaluate(sm, result) {
    const { stateMachineName } = sm.attributes
    const enc = known(sm.attributes.encryption, `encryption configuration of state machine ${stateMachineName}`)
    return enc.type === 'CUSTOMER_MANAGED_KMS_KEY'
      ? result.pass(`State machine ${stateMachineName} is encrypted with customer-managed key ${enc.kmsKeyId ?? '(unnamed)'}.`)
      : result.fail(`State machine ${stateMachineName} is encrypted with ${enc.type}, not a customer-managed KMS key.`)
  },
})
