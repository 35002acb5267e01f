import { describe, expect, it } from 'vitest'
import check from './azure-compute-disk-cmk-encryption.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { diskFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { encryptionType: 'EncryptionAtRestWithCustomerKey', expected: 'pass' },
    { encryptionType: 'EncryptionAtRestWithPlatformAndCustomerKeys', expected: 'pass' },
    { encryptionType: 'EncryptionAtRestWithPlatformKey', expected: 'fail' },
  ])('$encryptionType → $expected', ({ encryptionType, expected }) => {
    expect(runCheck(check, diskFixture({ encryptionType })).status).toBe(expected)
  })

  it('reports unattached disks too', () => {
    expect(runCheck(check, diskFixture({ diskState: 'Unattached', managedBy: null })).message).toBe(
      'Disk data-01 (unattached) is encrypted only with platform-managed keys (EncryptionAtRestWithPlatformKey).',
    )
  })

  it('is ERROR when the disk list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
