import { describe, expect, it } from 'vitest'
import type { ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-replication-group-transit-encryption.js'
import { replicationGroupFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheReplicationGroupAttributes>; expected: string; says: string }[] = [
    { name: 'TLS required', attrs: {}, expected: 'pass', says: 'requires in-transit encryption' },
    { name: 'TLS on, mode not reported', attrs: { transitEncryptionMode: null }, expected: 'pass', says: 'requires' },
    { name: 'TLS preferred', attrs: { transitEncryptionMode: 'preferred' }, expected: 'fail', says: 'preferred' },
    { name: 'TLS off', attrs: { transitEncryptionEnabled: false, transitEncryptionMode: null }, expected: 'fail', says: 'plaintext' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, replicationGroupFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('replication groups not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })
})
