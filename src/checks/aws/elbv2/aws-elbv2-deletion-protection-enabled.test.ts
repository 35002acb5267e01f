import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-deletion-protection-enabled.js'
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
const failed = unknown('elbv2:DescribeLoadBalancerAttributes: AccessDenied')

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    { name: 'protected', attrs: {}, expected: 'pass' },
    { name: 'not protected', attrs: { deletionProtection: false }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { deletionProtection: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
