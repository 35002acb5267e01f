import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-project-s3-logs-encrypted.js'
import { runCheck } from '../../_shared/testing.js'
import { project } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:BatchGetProjects: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof project>; expected: string }[] = [
    { name: 'encrypted S3 logs', resource: project({ s3LogsEnabled: true, s3LogsEncryptionDisabled: false }), expected: 'pass' },
    { name: 'unencrypted S3 logs', resource: project({ s3LogsEnabled: true, s3LogsEncryptionDisabled: true }), expected: 'fail' },
    { name: 'not collected', resource: project({ s3LogsEnabled: failed, s3LogsEncryptionDisabled: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})

describe(`${check.id} scope`, () => {
  it('gives no finding when S3 logs are off', () => {
    expect(() => runCheck(check, project())).toThrow(/got 0/)
  })
})
