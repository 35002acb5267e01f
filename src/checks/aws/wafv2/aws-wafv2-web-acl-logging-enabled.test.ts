import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'
import check from './aws-wafv2-web-acl-logging-enabled.js'
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
    { name: 'logging configured', attrs: {}, expected: 'pass' },
    { name: 'no logging', attrs: { logging: null }, expected: 'fail' },
    {
      name: 'logging not collected',
      attrs: { logging: unknown('wafv2:GetLoggingConfiguration: AccessDenied'), metricsEnabled: failed },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, acl(attrs)).status).toBe(expected)
  })
})
