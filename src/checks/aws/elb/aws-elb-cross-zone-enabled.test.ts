import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-cross-zone-enabled.js'
import { lb } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElbLoadBalancerAttributes>; expected: string }[] = [
    { name: 'cross-zone on', attrs: {}, expected: 'pass' },
    { name: 'cross-zone off', attrs: { crossZoneLoadBalancing: false }, expected: 'fail' },
    {
      name: 'attributes not collected',
      attrs: { crossZoneLoadBalancing: unknown('elb:DescribeLoadBalancerAttributes: AccessDenied') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
