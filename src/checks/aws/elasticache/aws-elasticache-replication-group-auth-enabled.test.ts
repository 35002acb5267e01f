import { describe, expect, it } from 'vitest'
import type { ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-replication-group-auth-enabled.js'
import { replicationGroupFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheReplicationGroupAttributes>; expected: string; says: string }[] = [
    { name: 'AUTH token', attrs: {}, expected: 'pass', says: 'AUTH token' },
    { name: 'RBAC user group', attrs: { authTokenEnabled: false, userGroupIds: ['orders-users'] }, expected: 'pass', says: 'RBAC' },
    { name: 'no authentication', attrs: { authTokenEnabled: false, userGroupIds: [] }, expected: 'fail', says: 'neither an AUTH token' },
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
