import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-cmk-encryption.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it('passes with a customer-managed key and names it', () => {
    const f = runCheck(check, storageAccountFixture())
    expect(f.status).toBe('pass')
    expect(f.message).toBe(
      'Storage account stpostureprod is encrypted with customer-managed key cmk-storage in https://kv-posture-prod.vault.azure.net.',
    )
  })
  it('fails with Microsoft-managed keys', () => {
    const account = storageAccountFixture({ encryption: { keySource: 'Microsoft.Storage', keyVaultUri: null, keyName: null, keyVersion: null } })
    expect(runCheck(check, account).status).toBe('fail')
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
