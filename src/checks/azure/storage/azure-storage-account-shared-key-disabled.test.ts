import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-shared-key-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'Entra ID only', allowSharedKeyAccess: false, expected: 'pass' },
    { name: 'account keys accepted', allowSharedKeyAccess: true, expected: 'fail' },
  ])('$name → $expected', ({ allowSharedKeyAccess, expected }) => {
    expect(runCheck(check, storageAccountFixture({ allowSharedKeyAccess })).status).toBe(expected)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
