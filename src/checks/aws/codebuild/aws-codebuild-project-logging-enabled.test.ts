import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-logging-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'CloudWatch Logs', resource: project(), expected: 'pass' },
    { name: 'S3 only', resource: project({ cloudWatchLogsEnabled: false, s3LogsEnabled: true, s3LogsEncryptionDisabled: false }), expected: 'pass' },
    { name: 'both off', resource: project({ cloudWatchLogsEnabled: false, s3LogsEnabled: false }), expected: 'fail' },
    { name: 'not collected', resource: project({ cloudWatchLogsEnabled: failed, s3LogsEnabled: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
