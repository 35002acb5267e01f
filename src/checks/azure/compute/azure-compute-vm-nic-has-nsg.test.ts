import { describe, expect, it } from 'vitest'
import check from './azure-compute-vm-nic-has-nsg.js'
import type { CollectionError } from '../../../core/resource.js'
import { AZURE_COMPUTE_TYPES } from '../../../normalize/azure/types-compute.js'
import { AZURE_TEST_SUBSCRIPTION, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { armId, nicFixture, subnet, vnetFixture, vmFixture } from '../../_shared/azure-compute-fixtures.js'

const NSG = armId('Microsoft.Network/networkSecurityGroups', 'nsg-web')
const gap = (type: string): CollectionError => ({
  provider: 'azure',
  account: AZURE_TEST_SUBSCRIPTION,
  service: 'network',
  region: 'global',
  api: 'list',
  reason: 'AuthorizationFailed (HTTP 403)',
  resourceTypes: [type],
})

describe(check.id, () => {
  it.each([
    { name: 'NSG on the NIC', others: [nicFixture({ nsgId: NSG })], expected: 'pass' },
    { name: 'NSG on the subnet', others: [nicFixture(), vnetFixture([subnet('default', NSG)])], expected: 'pass' },
    { name: 'no NSG anywhere', others: [nicFixture(), vnetFixture([subnet('default', null)])], expected: 'fail' },
  ])('$name → $expected', ({ others, expected }) => {
    expect(runCheck(check, vmFixture(), others).status).toBe(expected)
  })

  it('needs no subnet lookup when the NIC has its own NSG, even if the VNet list failed', () => {
    expect(runCheck(check, vmFixture(), [nicFixture({ nsgId: NSG })], [gap(AZURE_COMPUTE_TYPES.virtualNetwork)]).status).toBe('pass')
  })

  it.each([
    { name: 'NIC list failed', others: [], errors: [gap(AZURE_COMPUTE_TYPES.nic)] },
    { name: 'VNet list failed', others: [nicFixture()], errors: [gap(AZURE_COMPUTE_TYPES.virtualNetwork)] },
    { name: 'subnet not collected', others: [nicFixture(), vnetFixture([subnet('other', NSG)])], errors: [] },
  ])('is ERROR when the $name', ({ others, errors }) => {
    expect(runCheck(check, vmFixture(), others, errors).status).toBe('error')
  })

  it('is ERROR when the VM list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
