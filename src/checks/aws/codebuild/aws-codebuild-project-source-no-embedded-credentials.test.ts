import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-source-no-embedded-credentials.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'plain URL', resource: project(), expected: 'pass' },
    {
      name: 'user:token@ in the primary source',
      resource: project({
        sourceCredentials: [{ location: 'primary source location', kind: 'user name and password or token in the repository URL' }],
      }),
      expected: 'fail',
    },
    { name: 'not collected', resource: project({ sourceCredentials: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
