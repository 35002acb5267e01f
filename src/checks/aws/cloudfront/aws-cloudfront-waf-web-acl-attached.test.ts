import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-waf-web-acl-attached.js'
import { runCheck } from '../../_shared/testing.js'
import { dist } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'web ACL', attrs: {}, expected: 'pass' },
    { name: 'no web ACL', attrs: { webAclId: null }, expected: 'fail' },
  ]
  it('a disabled distribution gets no finding', () => {
    expect(() => runCheck(check, dist({ enabled: false, webAclId: null }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
