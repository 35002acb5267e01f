import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-not-public.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'private', resource: project(), expected: 'pass' },
    { name: 'public', resource: project({ projectVisibility: 'PUBLIC_READ' }), expected: 'fail' },
    { name: 'not collected', resource: project({ projectVisibility: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
