import { describe, expect, it } from 'vitest'
import check from './gcp-iam-service-account-keys-rotated-90-days.js'
import { runCheck } from '../../_shared/testing.js'
import { expiredKey, saKey, serviceAccountFixture } from '../../_shared/gcp-identity-fixtures.js'
import { unknown } from '../../../core/unknown.js'
import type { GcpServiceAccountAttributes } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; keys: GcpServiceAccountAttributes['userManagedKeys']; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'no keys', keys: [], expected: 'pass' },
    { name: 'key 90 days old', keys: [saKey(90)], expected: 'pass' },
    { name: 'key 91 days old', keys: [saKey(30), saKey(91)], expected: 'fail', says: 'key91 (91 days)' },
    { name: 'old key disabled', keys: [saKey(400, { disabled: true })], expected: 'pass' },
    { name: 'old key expired', keys: [expiredKey(400, 1)], expected: 'pass' },
    { name: 'key without creation time', keys: [saKey(10, { validAfterTime: null })], expected: 'error' },
    { name: 'keys not listed', keys: unknown('iam.projects.serviceAccounts.keys.list: PERMISSION_DENIED'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ keys, expected, says }) => {
    const f = runCheck(check, serviceAccountFixture({ userManagedKeys: keys }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
