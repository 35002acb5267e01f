import { describe, expect, it } from 'vitest'
import type { ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-cluster-backup-enabled.js'
import { cacheClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheCacheClusterAttributes>; expected: string; says: string }[] = [
    { name: '7-day retention', attrs: {}, expected: 'pass', says: '7 day(s)' },
    { name: 'no automatic backups', attrs: { snapshotRetentionLimit: 0 }, expected: 'fail', says: 'retention limit 0' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, cacheClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('cache clusters not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })

  it('Memcached → not evaluated', () => {
    expect(check.applies?.(cacheClusterFixture({ engine: 'memcached', snapshotRetentionLimit: null }))).toBe(false)
  })

  it('member of a replication group → not evaluated', () => {
    expect(check.applies?.(cacheClusterFixture({ replicationGroupId: 'orders-cache' }))).toBe(false)
  })
})
