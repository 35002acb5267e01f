import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-non-root-user.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition, goodContainer } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'uid 1000', resource: taskDefinition(), expected: 'pass' },
    { name: 'named user, root group', resource: taskDefinition({ containers: [goodContainer({ user: 'app:0' })] }), expected: 'pass' },
    { name: 'no user set', resource: taskDefinition({ containers: [goodContainer({ user: null })] }), expected: 'fail' },
    { name: 'user root', resource: taskDefinition({ containers: [goodContainer({ user: 'root' })] }), expected: 'fail' },
    { name: 'uid 0:0', resource: taskDefinition({ containers: [goodContainer({ user: '0:0' })] }), expected: 'fail' },
    { name: 'no containers collected', resource: taskDefinition({ containers: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
