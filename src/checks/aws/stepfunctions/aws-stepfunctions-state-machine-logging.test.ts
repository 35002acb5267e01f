import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type StepFunctionsStateMachineAttributes } from '../../../normalize/aws/types.js'
import check from './aws-stepfunctions-state-machine-logging.js'
import { machine } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('states:DescribeStateMachine: AccessDenied')
  const cases: { name: string; attrs: Partial<StepFunctionsStateMachineAttributes>; expected: string }[] = [
    { name: 'level ERROR', attrs: { loggingLevel: 'ERROR' }, expected: 'pass' },
    { name: 'level ALL', attrs: { loggingLevel: 'ALL' }, expected: 'pass' },
    { name: 'level OFF', attrs: { loggingLevel: 'OFF' }, expected: 'fail' },
    { name: 'not collected', attrs: { loggingLevel: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, machine(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('order-flow')
  })
})
