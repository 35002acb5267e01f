import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-viewer-https-required.js'
import { runCheck } from '../../_shared/testing.js'
import { dist } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'redirect and https-only', attrs: {}, expected: 'pass' },
    {
      name: 'one behavior allows HTTP',
      attrs: { cacheBehaviors: [{ pathPattern: '*', targetOriginId: 'assets', viewerProtocolPolicy: 'allow-all' }] },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
