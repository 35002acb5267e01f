import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-network-default-deny.js'
import type { StorageNetworkRuleSet } from '../../../normalize/azure/types-storage.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

const rules = (defaultAction: 'Allow' | 'Deny'): StorageNetworkRuleSet => ({
  defaultAction,
  bypass: ['AzureServices'],
  ipRules: ['203.0.113.0/24'],
  virtualNetworkRules: [],
})

describe(check.id, () => {
  it.each([
    { name: 'public, default deny', publicNetworkAccess: 'Enabled', networkRuleSet: rules('Deny'), expected: 'pass' },
    { name: 'public disabled (firewall moot)', publicNetworkAccess: 'Disabled', networkRuleSet: rules('Allow'), expected: 'pass' },
    { name: 'public, default allow', publicNetworkAccess: 'Enabled', networkRuleSet: rules('Allow'), expected: 'fail' },
  ])('$name → $expected', ({ publicNetworkAccess, networkRuleSet, expected }) => {
    expect(runCheck(check, storageAccountFixture({ publicNetworkAccess, networkRuleSet })).status).toBe(expected)
  })
  it('reports the rules of a default-deny firewall', () => {
    expect(runCheck(check, storageAccountFixture({ publicNetworkAccess: 'Enabled', networkRuleSet: rules('Deny') })).message).toBe(
      'Storage account stpostureprod denies networks by default (1 IP rule(s), 0 subnet rule(s)).',
    )
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
