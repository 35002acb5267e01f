import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import check from './aws-ssm-document-public-sharing-blocked.js'
import { runCheck } from '../../_shared/testing.js'
import { sharingSettingFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; value: Maybe<string>; expected: string }[] = [
    { name: 'Disable (blocked)', value: 'Disable', expected: 'pass' },
    { name: 'Enable (the default)', value: 'Enable', expected: 'fail' },
    { name: 'setting not collected', value: unknown('ssm:GetServiceSetting: AccessDeniedException'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ value, expected }) => {
    expect(runCheck(check, sharingSettingFixture(value)).status).toBe(expected)
  })
})
