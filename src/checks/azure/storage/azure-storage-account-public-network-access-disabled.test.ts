import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-public-network-access-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { publicNetworkAccess: 'Disabled', expected: 'pass' },
    { publicNetworkAccess: 'SecuredByPerimeter', expected: 'pass' },
    { publicNetworkAccess: 'Enabled', expected: 'fail' },
  ])('$publicNetworkAccess → $expected', ({ publicNetworkAccess, expected }) => {
    expect(runCheck(check, storageAccountFixture({ publicNetworkAccess })).status).toBe(expected)
  })
  it('says whether a firewall still limits the public endpoint', () => {
    const open = storageAccountFixture({
      publicNetworkAccess: 'Enabled',
      networkRuleSet: { defaultAction: 'Allow', bypass: [], ipRules: [], virtualNetworkRules: [] },
    })
    expect(runCheck(check, open).message).toBe('Storage account stpostureprod has public network access enabled (from all networks).')
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
