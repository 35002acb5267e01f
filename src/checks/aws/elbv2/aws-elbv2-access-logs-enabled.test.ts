import { describe, expect, it } from 'vitest'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-access-logs-enabled.js'
import { failed, lb } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    { name: 'logging on', attrs: {}, expected: 'pass' },
    { name: 'logging off', attrs: { accessLogsEnabled: false }, expected: 'fail' },
    { name: 'NLB logging off', attrs: { type: 'network', accessLogsEnabled: false }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { accessLogsEnabled: failed }, expected: 'error' },
  ]
  it('a Gateway Load Balancer gets no finding', () => {
    expect(() => runCheck(check, lb({ type: 'gateway', accessLogsEnabled: false }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
