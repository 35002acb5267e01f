import { describe, expect, it } from 'vitest'
import type { AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-group-uses-launch-template.js'
import { runCheck } from '../../_shared/testing.js'
import { asg } from './group-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<AutoScalingGroupAttributes>; expected: string }[] = [
    { name: 'launch template', over: {}, expected: 'pass' },
    { name: 'launch configuration', over: { launchTemplate: null, launchConfigurationName: 'legacy-lc' }, expected: 'fail' },
    { name: 'neither (e.g. instances attached manually)', over: { launchTemplate: null }, expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, asg(over)).status).toBe(expected)
  })
  // The group's launch settings come from DescribeAutoScalingGroups itself: a failed list leaves no group to evaluate (no error case).
})
