import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-group-elb-health-check.js'
import { runCheck, TEST_NOW } from '../../_shared/testing.js'
import { asg } from './group-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<AutoScalingGroupAttributes>; expected: string }[] = [
    { name: 'target group with ELB health checks', over: {}, expected: 'pass' },
    { name: 'ELB combined with EBS health checks', over: { healthCheckType: 'EBS,ELB' }, expected: 'pass' },
    { name: 'target group with EC2 health checks', over: { healthCheckType: 'EC2' }, expected: 'fail' },
    {
      name: 'Classic Load Balancer with EC2 health checks',
      over: { targetGroupArns: [], loadBalancerNames: ['legacy-elb'], healthCheckType: 'EC2' },
      expected: 'fail',
    },
    {
      name: 'ELB traffic source with EC2 health checks',
      over: {
        targetGroupArns: [],
        trafficSources: [{ identifier: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/x/1', type: 'elbv2' }],
        healthCheckType: 'EC2',
      },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, asg(over)).status).toBe(expected)
  })

  it('gives no finding for groups without a load balancer', () => {
    const g = asg({ targetGroupArns: [], healthCheckType: 'EC2' })
    expect(evaluate([check], new Inventory([g]), () => [], TEST_NOW)).toHaveLength(0)
  })
})
