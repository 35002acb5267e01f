import { describe, expect, it } from 'vitest'
import type { ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-cluster-transit-encryption.js'
import { cacheClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheCacheClusterAttributes>; expected: string; says: string }[] = [
    { name: 'TLS on', attrs: {}, expected: 'pass', says: 'encrypts traffic' },
    {
      name: 'Memcached without TLS',
      attrs: { engine: 'memcached', transitEncryptionEnabled: false, transitEncryptionMode: null },
      expected: 'fail',
      says: 'memcached',
    },
    { name: 'TLS preferred', attrs: { transitEncryptionMode: 'preferred' }, expected: 'fail', says: 'preferred' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, cacheClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('cache clusters not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })

  it('member of a replication group → not evaluated', () => {
    expect(check.applies?.(cacheClusterFixture({ replicationGroupId: 'orders-cache' }))).toBe(false)
  })
})
