import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-tls-policy-current.js'
import { lb } from './load-balancer-fixtures.js'
import type { ElbListener, ElbSslNegotiationPolicy } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const https: ElbListener = {
    protocol: 'HTTPS',
    port: 443,
    instanceProtocol: 'HTTP',
    instancePort: 8080,
    sslCertificateId: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
    policyNames: ['tls-policy'],
  }
  const policy = (over: Partial<ElbSslNegotiationPolicy>): ElbSslNegotiationPolicy => ({
    policyName: 'tls-policy',
    referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
    enabledProtocols: ['TLSv1.2'],
    protocolsReported: true,
    ...over,
  })
  const cases: { name: string; attrs: Partial<ElbLoadBalancerAttributes>; expected: string }[] = [
    { name: 'TLS 1.2 only', attrs: { listeners: [https], sslNegotiationPolicies: [policy({})] }, expected: 'pass' },
    {
      name: 'TLS 1.0 enabled',
      attrs: {
        listeners: [https],
        sslNegotiationPolicies: [policy({ referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08', enabledProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] })],
      },
      expected: 'fail',
    },
    {
      name: 'protocols not reported, current reference policy',
      attrs: { listeners: [https], sslNegotiationPolicies: [policy({ enabledProtocols: [], protocolsReported: false })] },
      expected: 'pass',
    },
    {
      name: 'protocols not reported, old reference policy',
      attrs: {
        listeners: [https],
        sslNegotiationPolicies: [policy({ referenceSecurityPolicy: 'ELBSecurityPolicy-2015-05', enabledProtocols: [], protocolsReported: false })],
      },
      expected: 'fail',
    },
    { name: 'listener without a policy (default 2016-08)', attrs: { listeners: [{ ...https, policyNames: [] }] }, expected: 'fail' },
    {
      name: 'policies not collected',
      attrs: { listeners: [https], sslNegotiationPolicies: unknown('elb:DescribeLoadBalancerPolicies: AccessDenied') },
      expected: 'error',
    },
  ]
  it('a load balancer without HTTPS/SSL listeners gets no finding', () => {
    expect(() => runCheck(check, lb({ listeners: [{ ...https, protocol: 'HTTP' }] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
