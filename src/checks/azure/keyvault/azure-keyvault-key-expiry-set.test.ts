import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-key-expiry-set.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultKeyFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'enabled, expires', enabled: true, expires: '2026-12-31T00:00:00.000Z', expected: 'pass' },
    { name: 'enabled, no expiry', enabled: true, expires: null, expected: 'fail' },
  ])('$name → $expected', ({ enabled, expires, expected }) => {
    expect(runCheck(check, keyVaultKeyFixture({ enabled, expires })).status).toBe(expected)
  })
  it('names the key and its vault', () => {
    expect(runCheck(check, keyVaultKeyFixture({ expires: null })).message).toBe(
      'Key cmk-storage in vault kv-posture-prod is enabled and has no expiration date.',
    )
  })
  it('does not apply to disabled keys', () => {
    expect(() => runCheck(check, keyVaultKeyFixture({ enabled: false, expires: null }))).toThrow(/got 0/)
  })
  it('is an error, never a pass, when a vault could not list its keys', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'keys.list')).toEqual(['error'])
  })
})
