import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-logging-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { dist, failed } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'logging on', attrs: {}, expected: 'pass' },
    { name: 'logging off', attrs: { logging: null }, expected: 'fail' },
    { name: 'configuration not collected', attrs: { logging: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
