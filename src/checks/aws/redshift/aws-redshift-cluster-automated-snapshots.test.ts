import { describe, expect, it } from 'vitest'
import type { RedshiftClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-redshift-cluster-automated-snapshots.js'
import { redshiftClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RedshiftClusterAttributes>; expected: string; says: string }[] = [
    { name: '7 days', attrs: {}, expected: 'pass', says: '7 day(s)' },
    { name: 'off', attrs: { automatedSnapshotRetentionPeriod: 0 }, expected: 'fail', says: 'retention period 0' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, redshiftClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('clusters not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })
})
