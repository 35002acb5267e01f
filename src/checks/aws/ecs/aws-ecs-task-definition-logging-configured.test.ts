import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-logging-configured.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition, goodContainer } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'awslogs', resource: taskDefinition(), expected: 'pass' },
    { name: 'firelens', resource: taskDefinition({ containers: [goodContainer({ logDriver: 'awsfirelens' })] }), expected: 'pass' },
    {
      name: 'one container without logConfiguration',
      resource: taskDefinition({ containers: [goodContainer(), goodContainer({ name: 'worker', logDriver: null })] }),
      expected: 'fail',
    },
    { name: 'no containers collected', resource: taskDefinition({ containers: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
