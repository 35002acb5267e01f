import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-http-redirects-to-https.js'
import { lb, listener } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    {
      name: 'HTTP redirects to HTTPS',
      attrs: { listeners: [listener('HTTP', 80, { defaultActionTypes: ['redirect'], redirectsToHttps: true }), listener('HTTPS', 443)] },
      expected: 'pass',
    },
    { name: 'HTTPS only', attrs: { listeners: [listener('HTTPS', 443)] }, expected: 'pass' },
    { name: 'HTTP forwards', attrs: { listeners: [listener('HTTP', 80)] }, expected: 'fail' },
    { name: 'listeners not collected', attrs: { listeners: unknown('elbv2:DescribeListeners: AccessDenied') }, expected: 'error' },
  ]
  it('a Network Load Balancer gets no finding', () => {
    expect(() => runCheck(check, lb({ type: 'network', listeners: [listener('TCP', 80)] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
