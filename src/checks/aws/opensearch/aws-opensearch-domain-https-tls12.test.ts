import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'
import check from './aws-opensearch-domain-https-tls12.js'
import { domainFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<OpenSearchDomainAttributes>; expected: string; says: string }[] = [
    { name: 'HTTPS + TLS 1.2 PFS', attrs: {}, expected: 'pass', says: 'Policy-Min-TLS-1-2-PFS-2023-10' },
    { name: 'HTTPS + TLS 1.2', attrs: { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }, expected: 'pass', says: 'Policy-Min-TLS-1-2-2019-07' },
    { name: 'HTTPS + TLS 1.0', attrs: { tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }, expected: 'fail', says: 'below 1.2' },
    { name: 'HTTP allowed', attrs: { enforceHttps: false }, expected: 'fail', says: 'plain HTTP' },
    { name: 'policy not reported', attrs: { tlsSecurityPolicy: null }, expected: 'error', says: 'did not report' },
    {
      name: 'DescribeDomains failed',
      attrs: { enforceHttps: unknown('es:DescribeDomains: AccessDenied'), tlsSecurityPolicy: unknown('es:DescribeDomains: AccessDenied') },
      expected: 'error',
      says: 'not collected',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, domainFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
