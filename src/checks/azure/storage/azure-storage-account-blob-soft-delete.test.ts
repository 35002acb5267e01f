import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-blob-soft-delete.js'
import { unknown } from '../../../core/unknown.js'
import type { StorageAccountAttributes } from '../../../normalize/azure/types-storage.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

const service = (enabled: boolean, days: number | null): StorageAccountAttributes['blobService'] => ({
  blobSoftDelete: { enabled, days },
  containerSoftDelete: { enabled: true, days: 7 },
  versioning: false,
})

describe(check.id, () => {
  const cases: { name: string; blobService: StorageAccountAttributes['blobService']; expected: string }[] = [
    { name: 'enabled for 14 days', blobService: service(true, 14), expected: 'pass' },
    { name: 'disabled', blobService: service(false, null), expected: 'fail' },
    {
      name: 'Blob service properties not collected',
      blobService: unknown('storage:blobServices.getServiceProperties: AuthorizationFailed'),
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ blobService, expected }) => {
    expect(runCheck(check, storageAccountFixture({ blobService })).status).toBe(expected)
  })
  it('does not apply to accounts without a Blob service', () => {
    expect(() => runCheck(check, storageAccountFixture({ kind: 'FileStorage', blobService: null }))).toThrow(/got 0/)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
