import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-desync-mitigation-enforced.js'
import type { ElbListener } from '../../../normalize/aws/types.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const lb = (attrs: Partial<ElbLoadBalancerAttributes>) =>
  awsFixture<ElbLoadBalancerAttributes>(AWS.elbLoadBalancer, {
    loadBalancerName: 'web',
    dnsName: 'web-123.us-east-1.elb.amazonaws.com',
    scheme: 'internet-facing',
    vpcId: 'vpc-1',
    securityGroupIds: [],
    listeners: [],
    accessLogsEnabled: true,
    crossZoneLoadBalancing: true,
    connectionDraining: true,
    desyncMitigationMode: 'defensive',
    sslNegotiationPolicies: [],
    ...attrs,
  })

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
