import { describe, expect, it } from 'vitest'
import type { ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-replication-group-auto-minor-upgrade.js'
import { replicationGroupFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheReplicationGroupAttributes>; expected: string; says: string }[] = [
    { name: 'auto upgrades on', attrs: {}, expected: 'pass', says: 'automatically' },
    { name: 'auto upgrades off', attrs: { autoMinorVersionUpgrade: false }, expected: 'fail', says: 'disabled' },
    { name: 'not reported', attrs: { autoMinorVersionUpgrade: null }, expected: 'error', says: 'did not report' },
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
