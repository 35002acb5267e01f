import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-secret-expiry-set.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultSecretFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'enabled, expires', enabled: true, expires: '2026-12-31T00:00:00.000Z', expected: 'pass' },
    { name: 'enabled, no expiry', enabled: true, expires: null, expected: 'fail' },
  ])('$name → $expected', ({ enabled, expires, expected }) => {
    expect(runCheck(check, keyVaultSecretFixture({ enabled, expires })).status).toBe(expected)
  })
  it('does not apply to disabled secrets', () => {
    expect(() => runCheck(check, keyVaultSecretFixture({ enabled: false, expires: null }))).toThrow(/got 0/)
  })
  it('is an error, never a pass, when a vault could not list its secrets', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'secrets.list')).toEqual(['error'])
  })
})
