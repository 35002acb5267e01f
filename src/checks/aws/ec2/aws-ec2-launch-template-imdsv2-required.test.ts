import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { LaunchTemplateVersion } from '../../../normalize/aws/types.js'
import check from './aws-ec2-launch-template-imdsv2-required.js'
import { runCheck } from '../../_shared/testing.js'
import { launchTemplate, ltVersion } from './launch-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; versions: Maybe<LaunchTemplateVersion[]>; expected: string }[] = [
    { name: 'IMDSv2 required', versions: [ltVersion(1)], expected: 'pass' },
    {
      name: 'metadata endpoint disabled',
      versions: [ltVersion(1, { metadataOptions: { httpTokens: null, httpEndpoint: 'disabled' } })],
      expected: 'pass',
    },
    {
      name: 'HttpTokens optional',
      versions: [ltVersion(1, { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } })],
      expected: 'fail',
    },
    { name: 'no metadata options', versions: [ltVersion(1, { metadataOptions: null })], expected: 'fail' },
    { name: 'default fine, latest allows IMDSv1', versions: [ltVersion(1), ltVersion(3, { metadataOptions: null })], expected: 'fail' },
    { name: 'versions not collected', versions: unknown('ec2:DescribeLaunchTemplateVersions: UnauthorizedOperation'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ versions, expected }) => {
    expect(runCheck(check, launchTemplate(versions)).status).toBe(expected)
  })

  it('names the version and the setting', () => {
    const f = runCheck(check, launchTemplate([ltVersion(1), ltVersion(3, { metadataOptions: null })]))
    expect(f.message).toContain('version 3 (latest): HttpTokens is not set')
  })
})
