import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-lambda-function-async-failure-destination.js'
import { runCheck } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

const DLQ = 'arn:aws:sqs:us-east-1:111122223333:billing-dlq'
const denied = unknown('lambda:GetFunctionEventInvokeConfig: AccessDeniedException')

describe(check.id, () => {
  const cases: { name: string; over: Partial<LambdaFunctionAttributes>; expected: string }[] = [
    { name: 'on-failure destination', over: {}, expected: 'pass' },
    { name: 'dead-letter queue', over: { deadLetterTargetArn: DLQ, onFailureDestination: null }, expected: 'pass' },
    { name: 'dead-letter queue, destinations not collected', over: { deadLetterTargetArn: DLQ, onFailureDestination: denied }, expected: 'pass' },
    { name: 'neither', over: { onFailureDestination: null }, expected: 'fail' },
    { name: 'no DLQ, destinations not collected', over: { onFailureDestination: denied }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, lambdaFn(over)).status).toBe(expected)
  })
})
