import { describe, expect, it } from 'vitest'
import type { ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-replication-group-automatic-failover.js'
import { replicationGroupFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheReplicationGroupAttributes>; expected: string; says: string }[] = [
    { name: 'failover enabled', attrs: {}, expected: 'pass', says: 'automatic failover enabled' },
    { name: 'failover being enabled', attrs: { automaticFailover: 'enabling' }, expected: 'pass', says: 'enabling' },
    {
      name: 'failover disabled',
      attrs: { automaticFailover: 'disabled', multiAz: 'disabled' },
      expected: 'fail',
      says: 'automatic failover disabled',
    },
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
