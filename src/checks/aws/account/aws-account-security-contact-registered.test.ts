import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { AccountContactsAttributes } from '../../../normalize/aws/types.js'
import check from './aws-account-security-contact-registered.js'
import { runCheck } from '../../_shared/testing.js'
import { contactsFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AccountContactsAttributes>; expected: string }[] = [
    { name: 'security contact set', attrs: {}, expected: 'pass' },
    { name: 'no security contact (billing set)', attrs: { security: null }, expected: 'fail' },
    { name: 'contact not collected', attrs: { security: unknown('account:GetAlternateContact: AccessDeniedException') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, contactsFixture(attrs)).status).toBe(expected)
  })
})
