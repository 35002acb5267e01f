import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-key-rotation-reminder.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: '90-day reminder', allowSharedKeyAccess: true, keyExpirationPeriodInDays: 90, expected: 'pass' },
    { name: '30-day reminder', allowSharedKeyAccess: true, keyExpirationPeriodInDays: 30, expected: 'pass' },
    { name: '180-day reminder', allowSharedKeyAccess: true, keyExpirationPeriodInDays: 180, expected: 'fail' },
    { name: 'no reminder', allowSharedKeyAccess: true, keyExpirationPeriodInDays: null, expected: 'fail' },
    { name: 'no reminder, Shared Key disabled', allowSharedKeyAccess: false, keyExpirationPeriodInDays: null, expected: 'pass' },
  ])('$name → $expected', ({ allowSharedKeyAccess, keyExpirationPeriodInDays, expected }) => {
    expect(runCheck(check, storageAccountFixture({ allowSharedKeyAccess, keyExpirationPeriodInDays })).status).toBe(expected)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
