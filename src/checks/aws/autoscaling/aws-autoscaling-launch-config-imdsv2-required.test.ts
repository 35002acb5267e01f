import { describe, expect, it } from 'vitest'
import type { LaunchSettings } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-launch-config-imdsv2-required.js'
import { runCheck } from '../../_shared/testing.js'
import { launchConfiguration } from '../ec2/launch-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<LaunchSettings>; expected: string }[] = [
    { name: 'IMDSv2 required', over: {}, expected: 'pass' },
    { name: 'endpoint disabled', over: { metadataOptions: { httpTokens: null, httpEndpoint: 'disabled' } }, expected: 'pass' },
    { name: 'HttpTokens optional', over: { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }, expected: 'fail' },
    { name: 'no metadata options', over: { metadataOptions: null }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, launchConfiguration(over)).status).toBe(expected)
  })
  // Metadata options come from DescribeLaunchConfigurations itself: a failed list leaves nothing to evaluate (no error case).
})
