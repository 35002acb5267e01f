import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'
import check from './aws-opensearch-domain-node-to-node-encryption.js'
import { domainFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<OpenSearchDomainAttributes>; expected: string; says: string }[] = [
    { name: 'enabled', attrs: {}, expected: 'pass', says: 'encrypts traffic' },
    { name: 'disabled', attrs: { nodeToNodeEncryption: false }, expected: 'fail', says: 'unencrypted' },
    {
      name: 'DescribeDomains failed',
      attrs: { nodeToNodeEncryption: unknown('es:DescribeDomains: AccessDenied') },
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
