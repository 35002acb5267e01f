import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elb-access-logs-enabled.js'
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
  const cases: { name: string; attrs: Partial<ElbLoadBalancerAttributes>; expected: string }[] = [
    { name: 'logging on', attrs: {}, expected: 'pass' },
    { name: 'logging off', attrs: { accessLogsEnabled: false }, expected: 'fail' },
    {
      name: 'attributes not collected',
      attrs: { accessLogsEnabled: unknown('elb:DescribeLoadBalancerAttributes: AccessDenied') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
