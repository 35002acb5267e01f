import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-https-only.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'HTTPS only', httpsOnly: true, expected: 'pass' },
    { name: 'HTTP allowed', httpsOnly: false, expected: 'fail' },
  ])('$name → $expected', ({ httpsOnly, expected }) => {
    expect(runCheck(check, storageAccountFixture({ httpsOnly })).status).toBe(expected)
  })
  it('names the account', () => {
    expect(runCheck(check, storageAccountFixture({ httpsOnly: false })).message).toBe(
      'Storage account stpostureprod also accepts unencrypted HTTP requests (secure transfer is not required).',
    )
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
