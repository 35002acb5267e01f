import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-vault-soft-delete.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'on, 90 days', enableSoftDelete: true, softDeleteRetentionInDays: 90, expected: 'pass' },
    { name: 'off', enableSoftDelete: false, softDeleteRetentionInDays: null, expected: 'fail' },
  ])('$name → $expected', ({ enableSoftDelete, softDeleteRetentionInDays, expected }) => {
    expect(runCheck(check, keyVaultFixture({ enableSoftDelete, softDeleteRetentionInDays })).status).toBe(expected)
  })
  it('is an error, never a pass, when the vaults could not be listed', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'vaults.listBySubscription')).toEqual(['error'])
  })
})
