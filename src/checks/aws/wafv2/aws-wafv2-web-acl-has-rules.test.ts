import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'
import check from './aws-wafv2-web-acl-has-rules.js'
import { acl } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

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
