import { describe, expect, it } from 'vitest'
import check from './gcp-iam-service-account-no-user-managed-keys.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { expiredKey, saKey, serviceAccountFixture } from '../../_shared/gcp-identity-fixtures.js'
import { unknown } from '../../../core/unknown.js'
import type { GcpServiceAccountAttributes } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; keys: GcpServiceAccountAttributes['userManagedKeys']; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'no keys', keys: [], expected: 'pass' },
    { name: 'only an expired key', keys: [expiredKey(200, 10)], expected: 'pass' },
    { name: 'one key', keys: [saKey(10)], expected: 'fail', says: '1 user-managed key(s): key10 (created' },
    { name: 'a disabled key still counts', keys: [saKey(10, { disabled: true })], expected: 'fail', says: 'disabled' },
    { name: 'keys not listed', keys: unknown('iam.projects.serviceAccounts.keys.list: PERMISSION_DENIED'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ keys, expected, says }) => {
    const f = runCheck(check, serviceAccountFixture({ userManagedKeys: keys }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })

  it('is ERROR, never PASS, when service accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'iam', 'iam.projects.serviceAccounts.list')).toEqual(['error'])
  })
})
