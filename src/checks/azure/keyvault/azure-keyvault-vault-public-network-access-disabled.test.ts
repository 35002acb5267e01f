import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-vault-public-network-access-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultFixture } from '../../_shared/azure-storage-fixtures.js'

const acls = (defaultAction: 'Allow' | 'Deny') => ({ defaultAction, bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] })

describe(check.id, () => {
  it.each([
    { name: 'disabled', publicNetworkAccess: 'Disabled', networkAcls: acls('Allow'), expected: 'pass' },
    { name: 'enabled behind a firewall', publicNetworkAccess: 'Enabled', networkAcls: acls('Deny'), expected: 'fail' },
    { name: 'enabled for all networks', publicNetworkAccess: 'Enabled', networkAcls: acls('Allow'), expected: 'fail' },
  ])('$name → $expected', ({ publicNetworkAccess, networkAcls, expected }) => {
    expect(runCheck(check, keyVaultFixture({ publicNetworkAccess, networkAcls })).status).toBe(expected)
  })
  it('is an error, never a pass, when the vaults could not be listed', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'vaults.listBySubscription')).toEqual(['error'])
  })
})
