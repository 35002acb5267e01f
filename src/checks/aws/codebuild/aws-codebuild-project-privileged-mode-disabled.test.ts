import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-privileged-mode-disabled.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'not privileged', resource: project(), expected: 'pass' },
    { name: 'privileged', resource: project({ privilegedMode: true }), expected: 'fail' },
    { name: 'not collected', resource: project({ privilegedMode: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
