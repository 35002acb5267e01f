import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import check from './aws-backup-plan-exists-in-region.js'
import { runCheck } from '../../_shared/testing.js'
import { regionPlansFixture } from './management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; plans: Maybe<string[]>; expected: string }[] = [
    { name: 'one plan', plans: ['daily'], expected: 'pass' },
    { name: 'no plan', plans: [], expected: 'fail' },
    { name: 'ListBackupPlans failed', plans: unknown('backup:ListBackupPlans: AccessDeniedException'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ plans, expected }) => {
    expect(runCheck(check, regionPlansFixture(plans)).status).toBe(expected)
  })
})
