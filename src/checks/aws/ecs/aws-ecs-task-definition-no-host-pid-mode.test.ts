import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-no-host-pid-mode.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'not set', resource: taskDefinition(), expected: 'pass' },
    { name: 'task', resource: taskDefinition({ pidMode: 'task' }), expected: 'pass' },
    { name: 'host', resource: taskDefinition({ pidMode: 'host' }), expected: 'fail' },
    { name: 'not collected', resource: taskDefinition({ pidMode: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
