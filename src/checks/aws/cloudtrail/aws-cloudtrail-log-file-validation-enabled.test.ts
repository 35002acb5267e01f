import { describe, expect, it } from 'vitest'
import type { TrailAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudtrail-log-file-validation-enabled.js'
import { trailFixture } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<TrailAttributes>; expected: string; says: string }[] = [
    { name: 'validation on', attrs: { logFileValidation: true }, expected: 'pass', says: 'Trail main delivers signed digest files' },
    { name: 'validation off', attrs: { logFileValidation: false }, expected: 'fail', says: 'Trail main has log file validation turned off' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, trailFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
