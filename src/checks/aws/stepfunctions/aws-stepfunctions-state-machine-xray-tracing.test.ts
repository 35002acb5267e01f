import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'
import check from './aws-stepfunctions-state-machine-xray-tracing.js'
import { machine } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('states:DescribeStateMachine: AccessDenied')
  const cases: { name: string; attrs: Partial<StepFunctionsStateMachineAttributes>; expected: string }[] = [
    { name: 'tracing on', attrs: { tracingEnabled: true }, expected: 'pass' },
    { name: 'tracing off', attrs: { tracingEnabled: false }, expected: 'fail' },
    { name: 'not collected', attrs: { tracingEnabled: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, machine(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('order-flow')
  })
})
