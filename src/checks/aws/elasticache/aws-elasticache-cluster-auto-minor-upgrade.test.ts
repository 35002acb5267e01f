import { describe, expect, it } from 'vitest'
import type { ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-cluster-auto-minor-upgrade.js'
import { cacheClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheCacheClusterAttributes>; expected: string; says: string }[] = [
    { name: 'auto upgrades on', attrs: {}, expected: 'pass', says: 'automatically' },
    { name: 'auto upgrades off', attrs: { engine: 'memcached', autoMinorVersionUpgrade: false }, expected: 'fail', says: 'disabled' },
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
