import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-origin-tls-current.js'
import { runCheck } from '../../_shared/testing.js'
import { custom, s3, dist } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'TLSv1.2 only', attrs: {}, expected: 'pass' },
    { name: 'TLSv1.1 offered', attrs: { origins: [{ ...custom, originSslProtocols: ['TLSv1.1', 'TLSv1.2'] }] }, expected: 'fail' },
    { name: 'SSLv3 offered', attrs: { origins: [{ ...custom, originSslProtocols: ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] }] }, expected: 'fail' },
  ]
  it('a distribution without such origins gets no finding', () => {
    expect(() => runCheck(check, dist({ origins: [s3] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
