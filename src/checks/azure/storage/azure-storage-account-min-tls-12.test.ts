import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-min-tls-12.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { version: 'TLS1_2', expected: 'pass' },
    { version: 'TLS1_3', expected: 'pass' },
    { version: 'TLS1_1', expected: 'fail' },
    { version: 'TLS1_0', expected: 'fail' },
  ])('$version → $expected', ({ version, expected }) => {
    expect(runCheck(check, storageAccountFixture({ minimumTlsVersion: version })).status).toBe(expected)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
