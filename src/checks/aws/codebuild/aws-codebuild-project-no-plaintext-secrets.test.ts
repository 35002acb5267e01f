import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-no-plaintext-secrets.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'no hits', resource: project(), expected: 'pass' },
    {
      name: 'a GitHub token',
      resource: project({ plaintextSecrets: [{ location: 'plaintext environment variable GH_TOKEN', kind: 'GitHub token' }] }),
      expected: 'fail',
    },
    { name: 'not collected', resource: project({ plaintextSecrets: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
