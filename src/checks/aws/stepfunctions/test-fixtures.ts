/** Test fixtures shared by the stepfunctions checks' tests (not a check). */
import { AWS, type StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

export const machine = (attrs: Partial<StepFunctionsStateMachineAttributes>) =>
  awsFixture<StepFunctionsStateMachineAttributes>(AWS.stepfunctionsStateMachine, {
    stateMachineName: 'order-flow',
    type: 'STANDARD',
    loggingLevel: 'ERROR',
    tracingEnabled: true,
    encryption: { type: 'AWS_OWNED_KEY', kmsKeyId: null },
    ...attrs,
  })
