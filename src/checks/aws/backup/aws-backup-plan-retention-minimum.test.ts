import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { BackupPlanAttributes, BackupPlanRule } from '../../../normalize/aws/types.js'
import check from './aws-backup-plan-retention-minimum.js'
import { runCheck } from '../../_shared/testing.js'
import { planFixture } from './management-fixtures.js'

const rule = (deleteAfterDays: number | null, moveToColdStorageAfterDays: number | null = null): BackupPlanRule => ({
  ruleName: 'r1',
  targetVaultName: 'prod-vault',
  deleteAfterDays,
  moveToColdStorageAfterDays,
  copyDestinations: [],
})

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<BackupPlanAttributes>; expected: string }[] = [
    { name: 'kept 35 days', attrs: {}, expected: 'pass' },
    { name: 'kept forever', attrs: { rules: [rule(null)] }, expected: 'pass' },
    { name: 'cold after 30, deleted after 365', attrs: { rules: [rule(365, 30)] }, expected: 'pass' },
    { name: 'kept 3 days', attrs: { rules: [rule(35), rule(3)] }, expected: 'fail' },
    { name: 'cold after 30, deleted after 60', attrs: { rules: [rule(60, 30)] }, expected: 'fail' },
    { name: 'no rules', attrs: { rules: [] }, expected: 'fail' },
    { name: 'GetBackupPlan failed', attrs: { rules: unknown('backup:GetBackupPlan: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, planFixture(attrs)).status).toBe(expected)
  })
})
