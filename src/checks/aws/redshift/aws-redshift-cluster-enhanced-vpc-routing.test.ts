import { describe, expect, it } from 'vitest'
import type { RedshiftClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-redshift-cluster-enhanced-vpc-routing.js'
import { redshiftClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RedshiftClusterAttributes>; expected: string; says: string }[] = [
    { name: 'enhanced VPC routing on', attrs: {}, expected: 'pass', says: 'through its VPC' },
    { name: 'off', attrs: { enhancedVpcRouting: false }, expected: 'fail', says: 'bypasses VPC controls' },
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
