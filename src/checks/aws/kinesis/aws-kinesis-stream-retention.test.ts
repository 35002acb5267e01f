import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type KinesisStreamAttributes } from '../../../normalize/aws/types.js'
import check from './aws-kinesis-stream-retention.js'
import { stream } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<KinesisStreamAttributes>; expected: string }[] = [
    { name: '7 days', attrs: { retentionPeriodHours: 168 }, expected: 'pass' },
    { name: 'default 24 hours', attrs: {}, expected: 'fail' },
    { name: 'not collected', attrs: { retentionPeriodHours: unknown('kinesis:DescribeStreamSummary: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stream(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('clicks')
  })
})
