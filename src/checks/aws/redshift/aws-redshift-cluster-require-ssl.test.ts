import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { RedshiftClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-redshift-cluster-require-ssl.js'
import { redshiftClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RedshiftClusterAttributes>; expected: string; says: string }[] = [
    { name: 'require_ssl true', attrs: {}, expected: 'pass', says: 'require_ssl = true' },
    {
      name: 'default parameter group',
      attrs: { requireSsl: false, parameterGroupNames: ['default.redshift-1.0'] },
      expected: 'fail',
      says: 'default.redshift-1.0',
    },
    {
      name: 'DescribeClusterParameters failed',
      attrs: { requireSsl: unknown('redshift:DescribeClusterParameters: AccessDenied') },
      expected: 'error',
      says: 'not collected',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, redshiftClusterFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
