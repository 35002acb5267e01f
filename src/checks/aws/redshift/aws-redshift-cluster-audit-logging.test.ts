import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { RedshiftClusterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-redshift-cluster-audit-logging.js'
import { redshiftClusterFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RedshiftClusterAttributes>; expected: string; says: string }[] = [
    { name: 'logging to CloudWatch Logs', attrs: {}, expected: 'pass', says: 'cloudwatch' },
    { name: 'logging to S3', attrs: { auditLogging: { enabled: true, destination: 's3', logExports: [] } }, expected: 'pass', says: 'to s3.' },
    { name: 'logging off', attrs: { auditLogging: { enabled: false, destination: null, logExports: [] } }, expected: 'fail', says: 'disabled' },
    {
      name: 'DescribeLoggingStatus failed',
      attrs: { auditLogging: unknown('redshift:DescribeLoggingStatus: AccessDenied') },
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
