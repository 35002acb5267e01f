import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-no-privileged-containers.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition, goodContainer } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'no privileged container', resource: taskDefinition(), expected: 'pass' },
    {
      name: 'a privileged sidecar',
      resource: taskDefinition({ containers: [goodContainer(), goodContainer({ name: 'agent', privileged: true })] }),
      expected: 'fail',
    },
    { name: 'no containers collected', resource: taskDefinition({ containers: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
