import { describe, expect, it } from 'vitest'
import check from './azure-compute-vm-trusted-launch.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { vmFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'Trusted Launch, both on', attrs: {}, expected: 'pass' },
    { name: 'confidential VM', attrs: { securityType: 'ConfidentialVM' }, expected: 'pass' },
    { name: 'Standard', attrs: { securityType: 'Standard', secureBootEnabled: false, vTpmEnabled: false }, expected: 'fail' },
    { name: 'Secure Boot off', attrs: { secureBootEnabled: false }, expected: 'fail' },
    { name: 'vTPM off', attrs: { vTpmEnabled: false }, expected: 'fail' },
  ])('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, vmFixture(attrs)).status).toBe(expected)
  })

  it('says what is off', () => {
    expect(runCheck(check, vmFixture({ secureBootEnabled: false })).message).toBe('VM vm-web uses TrustedLaunch but has Secure Boot disabled.')
  })

  it('is ERROR when the VM list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
