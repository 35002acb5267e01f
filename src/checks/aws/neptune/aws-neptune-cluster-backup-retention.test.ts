import { describe, expect, it } from 'vitest'
import type { DbClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-neptune-cluster-backup-retention.js'
import { neptuneClusterFixture } from '../rds/cluster-fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<DbClusterAttributes>; expected: string; says: string }[] = [
    { name: '7 days', attrs: {}, expected: 'pass', says: '7 days' },
    { name: '35 days', attrs: { backupRetentionPeriod: 35 }, expected: 'pass', says: '35 days' },
    { name: '1 day', attrs: { backupRetentionPeriod: 1 }, expected: 'fail', says: 'only 1 day(s)' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, neptuneClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('clusters not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })
})
