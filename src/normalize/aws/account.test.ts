import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { AccountRaw } from '../../collect/aws/account.js'
import { normalizeAccount } from './account.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'global', regions: ['us-east-1'] }
// GetAlternateContact AlternateContact shape (Account Management API reference).
const security = {
  AlternateContactType: 'SECURITY' as const,
  Name: 'Security team',
  Title: 'CISO',
  EmailAddress: 'security@example.com',
  PhoneNumber: '+1-555-0100',
}

describe('normalizeAccount', () => {
  it('one resource per account; unregistered → null; failed → Unknown; phone not kept', () => {
    const raw: AccountRaw = {
      security: { ok: true, value: security },
      billing: { ok: true, value: null },
      operations: { ok: false, reason: 'AccessDeniedException', code: 'AccessDeniedException' },
    }
    const [r] = normalizeAccount(raw, scope)
    expect(r).toMatchObject({
      uid: 'aws:111122223333:global:account-contacts',
      type: AWS.accountContacts,
      region: 'global',
      attributes: { security: { name: 'Security team', title: 'CISO', emailAddress: 'security@example.com' }, billing: null },
    })
    expect(isUnknown(r!.attributes.operations)).toBe(true)
    expect(JSON.stringify(r)).not.toContain('555-0100')
  })
})
