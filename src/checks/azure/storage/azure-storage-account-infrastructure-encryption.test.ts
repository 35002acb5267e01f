import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-infrastructure-encryption.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { requireInfrastructureEncryption: true, expected: 'pass' },
    { requireInfrastructureEncryption: false, expected: 'fail' },
  ])('requireInfrastructureEncryption $requireInfrastructureEncryption → $expected', ({ requireInfrastructureEncryption, expected }) => {
    expect(runCheck(check, storageAccountFixture({ requireInfrastructureEncryption })).status).toBe(expected)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
