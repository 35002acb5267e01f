import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { TrailAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudtrail-trail-logging.js'
import { trailFixture } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<TrailAttributes>; expected: string; says: string }[] = [
    { name: 'logging', attrs: { isLogging: true }, expected: 'pass', says: 'Trail main is logging' },
    { name: 'stopped', attrs: { isLogging: false }, expected: 'fail', says: 'Trail main is stopped' },
    {
      name: 'status not collected',
      attrs: { isLogging: unknown('cloudtrail:GetTrailStatus: AccessDenied') },
      expected: 'error',
      says: 'GetTrailStatus: AccessDenied',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, trailFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
