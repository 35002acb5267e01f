import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-default-root-object-set.js'
import { runCheck } from '../../_shared/testing.js'
import { custom, dist, failed } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'index.html', attrs: {}, expected: 'pass' },
    { name: 'not set', attrs: { defaultRootObject: null }, expected: 'fail' },
    { name: 'configuration not collected', attrs: { defaultRootObject: failed }, expected: 'error' },
  ]
  it('a distribution without such origins gets no finding', () => {
    expect(() => runCheck(check, dist({ origins: [custom] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
