import { describe, expect, it } from 'vitest'
import check from './azure-network-vnet-subnets-have-nsg.js'
import type { Subnet } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { armId, subnet, vnetFixture } from '../../_shared/azure-compute-fixtures.js'

const NSG = armId('Microsoft.Network/networkSecurityGroups', 'nsg-app')

describe(check.id, () => {
  const cases: { name: string; subnets: Subnet[]; expected: 'pass' | 'fail' }[] = [
    { name: 'every subnet has an NSG', subnets: [subnet('app', NSG), subnet('data', NSG)], expected: 'pass' },
    { name: 'one subnet without', subnets: [subnet('app', NSG), subnet('data', null)], expected: 'fail' },
    {
      name: 'reserved subnets are exempt',
      subnets: [
        subnet('app', NSG),
        subnet('GatewaySubnet', null),
        subnet('AzureFirewallSubnet', null),
        subnet('AzureBastionSubnet', null),
        subnet('RouteServerSubnet', null),
      ],
      expected: 'pass',
    },
    { name: 'no subnets', subnets: [], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ subnets, expected }) => {
    expect(runCheck(check, vnetFixture(subnets)).status).toBe(expected)
  })

  it('names the bare subnets', () => {
    expect(runCheck(check, vnetFixture([subnet('data', null)])).message).toBe(
      'Subnet(s) data of virtual network vnet-app have no network security group.',
    )
  })

  it('is ERROR when the virtual network list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
