import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-origin-https-only.js'
import { runCheck } from '../../_shared/testing.js'
import { custom, s3, dist } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'https-only', attrs: {}, expected: 'pass' },
    {
      name: 'match-viewer behind HTTPS-only behaviors',
      attrs: { origins: [s3, { ...custom, originProtocolPolicy: 'match-viewer' }] },
      expected: 'pass',
    },
    { name: 'http-only', attrs: { origins: [s3, { ...custom, originProtocolPolicy: 'http-only' }] }, expected: 'fail' },
    {
      name: 'match-viewer behind an allow-all behavior',
      attrs: {
        origins: [{ ...custom, originProtocolPolicy: 'match-viewer' }],
        cacheBehaviors: [{ pathPattern: '*', targetOriginId: 'api', viewerProtocolPolicy: 'allow-all' }],
      },
      expected: 'fail',
    },
  ]
  it('a distribution without such origins gets no finding', () => {
    expect(() => runCheck(check, dist({ origins: [s3] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
