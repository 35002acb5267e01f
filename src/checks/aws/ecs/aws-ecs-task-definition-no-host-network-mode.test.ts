import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-no-host-network-mode.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'awsvpc', resource: taskDefinition(), expected: 'pass' },
    { name: 'not set (bridge)', resource: taskDefinition({ networkMode: null }), expected: 'pass' },
    { name: 'host', resource: taskDefinition({ networkMode: 'host' }), expected: 'fail' },
    { name: 'not collected', resource: taskDefinition({ networkMode: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
