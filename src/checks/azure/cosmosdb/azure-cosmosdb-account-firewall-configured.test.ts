import { describe, expect, it } from 'vitest'
import check from './azure-cosmosdb-account-firewall-configured.js'
import type { AzureCosmosdbAccountAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { cosmosdbAccountFixture } from '../../_shared/azure-databases-fixtures.js'

const SUBNET =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-test/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app'
const open = { publicNetworkAccess: 'Enabled', ipRules: [], isVirtualNetworkFilterEnabled: false, virtualNetworkRules: [] }

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AzureCosmosdbAccountAttributes>; expected: string }[] = [
    { name: 'public access disabled', attrs: { ...open, publicNetworkAccess: 'Disabled' }, expected: 'pass' },
    { name: 'IP rules', attrs: { ...open, ipRules: ['203.0.113.0/24', '198.51.100.7'] }, expected: 'pass' },
    { name: 'virtual network filter', attrs: { ...open, isVirtualNetworkFilterEnabled: true, virtualNetworkRules: [SUBNET] }, expected: 'pass' },
    { name: 'all networks', attrs: open, expected: 'fail' },
    { name: 'all Azure datacenters', attrs: { ...open, ipRules: ['203.0.113.0/24', '0.0.0.0'] }, expected: 'fail' },
    { name: 'whole internet range', attrs: { ...open, ipRules: ['0.0.0.0/0'] }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, cosmosdbAccountFixture(attrs)).status).toBe(expected)
  })
})
