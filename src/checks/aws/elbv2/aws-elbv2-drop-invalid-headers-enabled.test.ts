import { describe, expect, it } from 'vitest'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-drop-invalid-headers-enabled.js'
import { failed, lb } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    { name: 'drops invalid headers', attrs: {}, expected: 'pass' },
    { name: 'forwards invalid headers', attrs: { dropInvalidHeaderFields: false }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { dropInvalidHeaderFields: failed }, expected: 'error' },
  ]
  it('a Network Load Balancer gets no finding', () => {
    expect(() => runCheck(check, lb({ type: 'network', dropInvalidHeaderFields: null }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
