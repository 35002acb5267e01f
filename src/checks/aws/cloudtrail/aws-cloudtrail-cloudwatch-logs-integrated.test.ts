import { describe, expect, it } from 'vitest'
import type { TrailAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudtrail-cloudwatch-logs-integrated.js'
import { trailFixture, trailLogGroupArn } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<TrailAttributes>; expected: string; says: string }[] = [
    {
      name: 'log group set',
      attrs: { cloudWatchLogsLogGroupArn: trailLogGroupArn() },
      expected: 'pass',
      says: 'sends its events to log group arn:aws:logs:us-east-1',
    },
    { name: 'no log group', attrs: { cloudWatchLogsLogGroupArn: null }, expected: 'fail', says: 'Trail main delivers only to S3' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, trailFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
