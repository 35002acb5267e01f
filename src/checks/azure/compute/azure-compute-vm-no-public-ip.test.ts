import { describe, expect, it } from 'vitest'
import check from './azure-compute-vm-no-public-ip.js'
import type { CollectionError } from '../../../core/resource.js'
import { AZURE_COMPUTE_TYPES } from '../../../normalize/azure/types-compute.js'
import { AZURE_TEST_SUBSCRIPTION, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { armId, nicFixture, publicIpFixture, vmFixture } from '../../_shared/azure-compute-fixtures.js'

const IP = armId('Microsoft.Network/publicIPAddresses', 'vm-web-ip')
const NIC_GAP: CollectionError = {
  provider: 'azure',
  account: AZURE_TEST_SUBSCRIPTION,
  service: 'network',
  region: 'global',
  api: 'networkInterfaces.listAll',
  reason: 'AuthorizationFailed (HTTP 403)',
  resourceTypes: [AZURE_COMPUTE_TYPES.nic],
}

describe(check.id, () => {
  it('passes when the NIC has no public IP', () => {
    const f = runCheck(check, vmFixture(), [nicFixture()])
    expect(f.status).toBe('pass')
    expect(f.message).toBe('VM vm-web has no public IP address on its 1 network interface(s).')
  })

  it('fails when the NIC carries a public IP, naming its address', () => {
    const f = runCheck(check, vmFixture(), [nicFixture({ publicIpId: IP }), publicIpFixture()])
    expect(f.status).toBe('fail')
    expect(f.message).toBe('VM vm-web has public IP address(es) vm-web-ip (20.42.0.10) on vm-web-nic.')
  })

  it('fails on an associated public IP even when its resource was not collected', () => {
    expect(runCheck(check, vmFixture(), [nicFixture({ publicIpId: IP })]).status).toBe('fail')
  })

  it('is ERROR when the NIC list failed', () => {
    expect(runCheck(check, vmFixture(), [], [NIC_GAP]).status).toBe('error')
  })

  it('is ERROR when the VM names a NIC that was not collected', () => {
    const f = runCheck(check, vmFixture(), [])
    expect(f.status).toBe('error')
    expect(f.message).toBe('Network interface(s) vm-web-nic of VM vm-web were not collected.')
  })

  it('is ERROR when the VM list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
