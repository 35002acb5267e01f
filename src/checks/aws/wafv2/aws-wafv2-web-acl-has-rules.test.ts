import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'
import check from './aws-wafv2-web-acl-has-rules.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const acl = (attrs: Partial<Wafv2WebAclAttributes>) =>
  awsFixture<Wafv2WebAclAttributes>(AWS.wafv2WebAcl, {
    name: 'edge',
    id: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    scope: 'REGIONAL',
    defaultAction: 'ALLOW',
    rules: [{ name: 'common', priority: 0, kind: 'managed-rule-group', metricsEnabled: true }],
    metricsEnabled: true,
    logging: { destinations: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-edge'] },
    ...attrs,
  })
const failed = unknown('wafv2:GetWebACL: AccessDenied')

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Wafv2WebAclAttributes>; expected: string }[] = [
    { name: 'one managed rule group', attrs: {}, expected: 'pass' },
    { name: 'no rules, default block', attrs: { rules: [], defaultAction: 'BLOCK' }, expected: 'pass' },
    { name: 'no rules, default allow', attrs: { rules: [] }, expected: 'fail' },
    { name: 'web ACL not collected', attrs: { rules: failed, defaultAction: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, acl(attrs)).status).toBe(expected)
  })
})
