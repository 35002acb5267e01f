import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-desync-mitigation-enforced.js'
import { lb } from './load-balancer-fixtures.js'
import type { ElbListener } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const http: ElbListener = { protocol: 'HTTP', port: 80, instanceProtocol: 'HTTP', instancePort: 80, sslCertificateId: null, policyNames: [] }
  const cases: { name: string; attrs: Partial<ElbLoadBalancerAttributes>; expected: string }[] = [
    { name: 'defensive', attrs: { listeners: [http] }, expected: 'pass' },
    { name: 'strictest', attrs: { listeners: [http], desyncMitigationMode: 'strictest' }, expected: 'pass' },
    { name: 'not reported (default defensive)', attrs: { listeners: [http], desyncMitigationMode: null }, expected: 'pass' },
    { name: 'monitor', attrs: { listeners: [http], desyncMitigationMode: 'monitor' }, expected: 'fail' },
    {
      name: 'attributes not collected',
      attrs: { listeners: [http], desyncMitigationMode: unknown('elb:DescribeLoadBalancerAttributes: AccessDenied') },
      expected: 'error',
    },
  ]
  it('a TCP-only load balancer gets no finding', () => {
    expect(() => runCheck(check, lb({ listeners: [{ ...http, protocol: 'TCP' }], desyncMitigationMode: 'monitor' }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
