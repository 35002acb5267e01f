import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-no-secrets-in-environment.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'no hits', resource: taskDefinition(), expected: 'pass' },
    {
      name: 'an AWS key in the environment',
      resource: taskDefinition({
        environmentSecrets: [{ location: 'container app environment variable AWS_ACCESS_KEY_ID', kind: 'AWS access key ID' }],
      }),
      expected: 'fail',
    },
    { name: 'environment not collected', resource: taskDefinition({ environmentSecrets: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
