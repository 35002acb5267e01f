import { describe, expect, it } from 'vitest'
import type { AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-group-multiple-azs.js'
import { runCheck } from '../../_shared/testing.js'
import { asg } from './group-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<AutoScalingGroupAttributes>; expected: string }[] = [
    { name: 'two zones', over: {}, expected: 'pass' },
    { name: 'one zone', over: { availabilityZones: ['us-east-1a'] }, expected: 'fail' },
    { name: 'no zone reported', over: { availabilityZones: [] }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, asg(over)).status).toBe(expected)
  })
  // Zones come from DescribeAutoScalingGroups itself: a failed list leaves no group to evaluate (no error case).
})
