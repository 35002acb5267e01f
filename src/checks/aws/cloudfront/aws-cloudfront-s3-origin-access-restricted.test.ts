import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-s3-origin-access-restricted.js'
import { runCheck } from '../../_shared/testing.js'
import { custom, s3, dist } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'origin access control', attrs: {}, expected: 'pass' },
    {
      name: 'legacy OAI',
      attrs: { origins: [{ ...s3, originAccessControlId: null, originAccessIdentity: 'origin-access-identity/cloudfront/E127EXAMPLE51Z' }] },
      expected: 'pass',
    },
    { name: 'neither OAC nor OAI', attrs: { origins: [{ ...s3, originAccessControlId: null }] }, expected: 'fail' },
    {
      name: 'S3 website endpoint',
      attrs: {
        origins: [
          { ...custom, id: 'site', domainName: 'site.s3-website-us-east-1.amazonaws.com', kind: 's3-website', originProtocolPolicy: 'http-only' },
        ],
      },
      expected: 'fail',
    },
  ]
  it('a distribution without such origins gets no finding', () => {
    expect(() => runCheck(check, dist({ origins: [custom] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
