import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { LaunchTemplateVersion } from '../../../normalize/aws/types.js'
import check from './aws-ec2-launch-template-user-data-no-secrets.js'
import { runCheck } from '../../_shared/testing.js'
import { launchTemplate, ltVersion } from './launch-fixtures.js'

const hit = [{ location: 'user data line 4', kind: 'AWS access key ID' }]

describe(check.id, () => {
  const cases: { name: string; versions: Maybe<LaunchTemplateVersion[]>; expected: string }[] = [
    { name: 'clean user data', versions: [ltVersion(1)], expected: 'pass' },
    { name: 'no user data', versions: [ltVersion(1, { userDataSecrets: null })], expected: 'pass' },
    { name: 'access key in the default version', versions: [ltVersion(1, { userDataSecrets: hit })], expected: 'fail' },
    { name: 'access key only in the latest version', versions: [ltVersion(1), ltVersion(2, { userDataSecrets: hit })], expected: 'fail' },
    {
      name: 'user data unreadable',
      versions: [ltVersion(1, { userDataSecrets: unknown('user data could not be decompressed') })],
      expected: 'error',
    },
    { name: 'versions not collected', versions: unknown('ec2:DescribeLaunchTemplateVersions: UnauthorizedOperation'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ versions, expected }) => {
    expect(runCheck(check, launchTemplate(versions)).status).toBe(expected)
  })

  it('names version and line, never a value', () => {
    const f = runCheck(check, launchTemplate([ltVersion(1), ltVersion(2, { userDataSecrets: hit })]))
    expect(f.message).toContain('AWS access key ID in version 2 (latest) user data line 4')
  })
})
