import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-no-public-blob-access.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'anonymous access disallowed', allowBlobPublicAccess: false, expected: 'pass' },
    { name: 'anonymous access allowed (or unset on an older account)', allowBlobPublicAccess: true, expected: 'fail' },
  ])('$name → $expected', ({ allowBlobPublicAccess, expected }) => {
    expect(runCheck(check, storageAccountFixture({ allowBlobPublicAccess })).status).toBe(expected)
  })
  it('does not apply to premium file share accounts (no Blob service)', () => {
    expect(() => runCheck(check, storageAccountFixture({ kind: 'FileStorage', allowBlobPublicAccess: true, blobService: null }))).toThrow(/got 0/)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
