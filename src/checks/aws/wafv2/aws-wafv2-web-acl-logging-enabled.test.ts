import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'
import check from './aws-wafv2-web-acl-logging-enabled.js'
import { acl } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

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
