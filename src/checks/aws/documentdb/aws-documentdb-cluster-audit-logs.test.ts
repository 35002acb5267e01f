import { describe, expect, it } from 'vitest'
import type { DbClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-documentdb-cluster-audit-logs.js'
import { docdbClusterFixture } from '../rds/cluster-fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<DbClusterAttributes>; expected: string; says: string }[] = [
    { name: 'audit exported', attrs: {}, expected: 'pass', says: 'exports audit logs' },
    { name: 'only profiler', attrs: { cloudwatchLogsExports: ['profiler'] }, expected: 'fail', says: 'exports only profiler' },
    { name: 'nothing exported', attrs: { cloudwatchLogsExports: [] }, expected: 'fail', says: 'does not export' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, docdbClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('clusters not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })
})
