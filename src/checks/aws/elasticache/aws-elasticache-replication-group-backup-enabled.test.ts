import { describe, expect, it } from 'vitest'
import type { ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-replication-group-backup-enabled.js'
import { replicationGroupFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheReplicationGroupAttributes>; expected: string; says: string }[] = [
    { name: '7-day retention', attrs: {}, expected: 'pass', says: '7 day(s)' },
    { name: 'no automatic backups', attrs: { snapshotRetentionLimit: 0 }, expected: 'fail', says: 'retention limit 0' },
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
