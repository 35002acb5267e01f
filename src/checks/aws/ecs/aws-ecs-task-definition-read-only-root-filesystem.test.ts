import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-read-only-root-filesystem.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition, goodContainer } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'read-only root', resource: taskDefinition(), expected: 'pass' },
    { name: 'writable root', resource: taskDefinition({ containers: [goodContainer({ readonlyRootFilesystem: false })] }), expected: 'fail' },
    { name: 'no containers collected', resource: taskDefinition({ containers: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
