import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-vault-purge-protection.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'soft delete and purge protection', enableSoftDelete: true, enablePurgeProtection: true, expected: 'pass' },
    { name: 'soft delete only', enableSoftDelete: true, enablePurgeProtection: false, expected: 'fail' },
    { name: 'neither', enableSoftDelete: false, enablePurgeProtection: false, expected: 'fail' },
  ])('$name → $expected', ({ enableSoftDelete, enablePurgeProtection, expected }) => {
    expect(runCheck(check, keyVaultFixture({ enableSoftDelete, enablePurgeProtection })).status).toBe(expected)
  })
  it('is an error, never a pass, when the vaults could not be listed', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'vaults.listBySubscription')).toEqual(['error'])
  })
})
