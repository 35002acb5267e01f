import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-waf-web-acl-attached.js'
import { lb } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    { name: 'web ACL associated', attrs: {}, expected: 'pass' },
    { name: 'no web ACL', attrs: { webAclArn: null }, expected: 'fail' },
    { name: 'association not collected', attrs: { webAclArn: unknown('wafv2:GetWebACLForResource: AccessDenied') }, expected: 'error' },
  ]
  it('an internal load balancer gets no finding', () => {
    expect(() => runCheck(check, lb({ scheme: 'internal', webAclArn: null }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
