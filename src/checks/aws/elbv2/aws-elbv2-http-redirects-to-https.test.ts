import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type Elbv2Listener, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-http-redirects-to-https.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const lb = (attrs: Partial<Elbv2LoadBalancerAttributes>) =>
  awsFixture<Elbv2LoadBalancerAttributes>(AWS.elbv2LoadBalancer, {
    loadBalancerName: 'web',
    dnsName: 'web-123.us-east-1.elb.amazonaws.com',
    type: 'application',
    scheme: 'internet-facing',
    vpcId: 'vpc-1',
    securityGroupIds: [],
    listeners: [],
    accessLogsEnabled: true,
    deletionProtection: true,
    dropInvalidHeaderFields: true,
    desyncMitigationMode: 'defensive',
    webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/web/1',
    ...attrs,
  })
const listener = (protocol: string, port: number, over: Partial<Elbv2Listener> = {}): Elbv2Listener => ({
  listenerArn: `arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/${port}`,
  protocol,
  port,
  sslPolicy: null,
  certificateArns: [],
  defaultActionTypes: ['forward'],
  redirectsToHttps: false,
  ...over,
})

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
