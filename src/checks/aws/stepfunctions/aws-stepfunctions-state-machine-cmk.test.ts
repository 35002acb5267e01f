import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'
import check from './aws-stepfunctions-state-machine-cmk.js'
import { machine } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('states:DescribeStateMachine: AccessDenied')
  const cases: { name: string; attrs: Partial<StepFunctionsStateMachineAttributes>; expected: string }[] = [
    {
      name: 'customer-managed key',
      attrs: { encryption: { type: 'CUSTOMER_MANAGED_KMS_KEY', kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/0a1b' } },
      expected: 'pass',
    },
    { name: 'AWS-owned key', attrs: { encryption: { type: 'AWS_OWNED_KEY', kmsKeyId: null } }, expected: 'fail' },
    { name: 'not collected', attrs: { encryption: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, machine(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('order-flow')
  })
})
