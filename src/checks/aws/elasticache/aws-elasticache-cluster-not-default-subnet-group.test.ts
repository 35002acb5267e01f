import { describe, expect, it } from 'vitest'
import type { ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-cluster-not-default-subnet-group.js'
import { cacheClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheCacheClusterAttributes>; expected: string; says: string }[] = [
    { name: 'custom subnet group', attrs: {}, expected: 'pass', says: 'cache-private' },
    { name: 'replication group member in a custom group', attrs: { replicationGroupId: 'orders-cache' }, expected: 'pass', says: 'cache-private' },
    { name: 'default subnet group', attrs: { cacheSubnetGroupName: 'default' }, expected: 'fail', says: 'default' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, cacheClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('cache clusters not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })
})
