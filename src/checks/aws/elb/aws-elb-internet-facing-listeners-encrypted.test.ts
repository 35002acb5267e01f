import { describe, expect, it } from 'vitest'
import { type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-internet-facing-listeners-encrypted.js'
import { lb } from './load-balancer-fixtures.js'
import type { ElbListener } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const listener = (protocol: string, port: number): ElbListener => ({
    protocol,
    port,
    instanceProtocol: 'HTTP',
    instancePort: 8080,
    sslCertificateId: protocol === 'HTTPS' ? 'arn:aws:acm:us-east-1:111122223333:certificate/abc' : null,
    policyNames: [],
  })
  const cases: { name: string; attrs: Partial<ElbLoadBalancerAttributes>; expected: string }[] = [
    { name: 'HTTPS only', attrs: { listeners: [listener('HTTPS', 443)] }, expected: 'pass' },
    { name: 'HTTP and HTTPS', attrs: { listeners: [listener('HTTP', 80), listener('HTTPS', 443)] }, expected: 'fail' },
    { name: 'TCP', attrs: { listeners: [listener('TCP', 443)] }, expected: 'fail' },
  ]
  it('an internal load balancer gets no finding', () => {
    expect(() => runCheck(check, lb({ scheme: 'internal', listeners: [listener('HTTP', 80)] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
