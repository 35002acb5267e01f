import { describe, expect, it } from 'vitest'
import check from './azure-postgresql-flexible-server-public-network-access-disabled.js'
import { runCheck } from '../../_shared/testing.js'
import { postgresqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

const SUBNET =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-test/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pg'

describe(check.id, () => {
  it.each([
    { name: 'disabled', publicNetworkAccess: 'Disabled', delegatedSubnetId: null, expected: 'pass' },
    { name: 'VNet-integrated', publicNetworkAccess: 'Disabled', delegatedSubnetId: SUBNET, expected: 'pass' },
    { name: 'enabled', publicNetworkAccess: 'Enabled', delegatedSubnetId: null, expected: 'fail' },
  ])('$name → $expected', ({ publicNetworkAccess, delegatedSubnetId, expected }) => {
    expect(runCheck(check, postgresqlServerFixture({ publicNetworkAccess, delegatedSubnetId })).status).toBe(expected)
  })
})
