import { describe, expect, it } from 'vitest'
import type { DbClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-neptune-cluster-deletion-protection.js'
import { neptuneClusterFixture } from '../rds/cluster-fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<DbClusterAttributes>; expected: string; says: string }[] = [
    { name: 'protected', attrs: {}, expected: 'pass', says: 'enabled' },
    { name: 'not protected', attrs: { deletionProtection: false }, expected: 'fail', says: 'disabled' },
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
