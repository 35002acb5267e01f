import { describe, expect, it } from 'vitest'
import type { RdsSnapshotAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-snapshot-encrypted.js'
import { rdsSnapshotFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsSnapshotAttributes>; expected: string; says: string }[] = [
    { name: 'encrypted manual snapshot', attrs: {}, expected: 'pass', says: 'manual DB snapshot orders-db-2026-05-01 is encrypted' },
    {
      name: 'unencrypted manual snapshot',
      attrs: { encrypted: false },
      expected: 'fail',
      says: 'manual DB snapshot orders-db-2026-05-01 is not encrypted',
    },
    {
      name: 'unencrypted automated cluster snapshot',
      attrs: { encrypted: false, isCluster: true, snapshotType: 'automated' },
      expected: 'fail',
      says: 'automated cluster snapshot',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsSnapshotFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
