import { describe, expect, it } from 'vitest'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-internet-facing-listeners-encrypted.js'
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
