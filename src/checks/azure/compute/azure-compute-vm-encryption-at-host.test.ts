import { describe, expect, it } from 'vitest'
import check from './azure-compute-vm-encryption-at-host.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { vmFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { encryptionAtHost: true, expected: 'pass' },
    { encryptionAtHost: false, expected: 'fail' },
  ])('encryptionAtHost $encryptionAtHost → $expected', ({ encryptionAtHost, expected }) => {
    expect(runCheck(check, vmFixture({ encryptionAtHost })).status).toBe(expected)
  })

  it('is ERROR when the VM list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
