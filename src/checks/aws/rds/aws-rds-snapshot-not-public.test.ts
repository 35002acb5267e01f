import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { RdsSnapshotAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-snapshot-not-public.js'
import { rdsSnapshotFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsSnapshotAttributes>; expected: string; says: string }[] = [
    { name: 'not shared', attrs: { restoreAccounts: [] }, expected: 'pass', says: 'is not shared with any other account' },
    {
      name: 'shared with one account',
      attrs: { restoreAccounts: ['444455556666'] },
      expected: 'pass',
      says: 'shared only with account(s) 444455556666',
    },
    { name: 'public', attrs: { restoreAccounts: ['all'] }, expected: 'fail', says: 'can be restored by any AWS account' },
    { name: 'public and shared', attrs: { restoreAccounts: ['444455556666', 'all'] }, expected: 'fail', says: 'orders-db-2026-05-01' },
    { name: 'public cluster snapshot', attrs: { isCluster: true, restoreAccounts: ['all'] }, expected: 'fail', says: 'includes "all"' },
    {
      name: 'attributes not collected',
      attrs: { restoreAccounts: unknown('rds:DescribeDBSnapshotAttributes: AccessDenied') },
      expected: 'error',
      says: 'DescribeDBSnapshotAttributes',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsSnapshotFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
