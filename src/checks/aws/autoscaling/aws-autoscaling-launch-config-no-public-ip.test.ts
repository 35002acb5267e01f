import { describe, expect, it } from 'vitest'
import type { LaunchSettings } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-launch-config-no-public-ip.js'
import { runCheck } from '../../_shared/testing.js'
import { launchConfiguration } from '../ec2/launch-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<LaunchSettings>; expected: string }[] = [
    { name: 'AssociatePublicIpAddress false', over: {}, expected: 'pass' },
    { name: 'not set (the subnet decides)', over: { associatePublicIp: null }, expected: 'pass' },
    { name: 'AssociatePublicIpAddress true', over: { associatePublicIp: true }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, launchConfiguration(over)).status).toBe(expected)
  })
  // The flag comes from DescribeLaunchConfigurations itself: a failed list leaves nothing to evaluate (no error case).
})
