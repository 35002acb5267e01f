import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-artifacts-encrypted.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'encrypted S3 artifacts', resource: project(), expected: 'pass' },
    {
      name: 'no artifacts',
      resource: project({ artifacts: [{ id: 'primary', type: 'NO_ARTIFACTS', encryptionDisabled: false }] }),
      expected: 'pass',
    },
    {
      name: 'secondary artifact unencrypted',
      resource: project({
        artifacts: [
          { id: 'primary', type: 'S3', encryptionDisabled: false },
          { id: 'reports', type: 'S3', encryptionDisabled: true },
        ],
      }),
      expected: 'fail',
    },
    { name: 'not collected', resource: project({ artifacts: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
