import { describe, expect, it } from 'vitest'
import check from './azure-storage-account-trusted-services-bypass.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { storageAccountFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'AzureServices', bypass: ['AzureServices'], expected: 'pass' },
    { name: 'Logging, Metrics, AzureServices', bypass: ['Logging', 'Metrics', 'AzureServices'], expected: 'pass' },
    { name: 'Logging only', bypass: ['Logging'], expected: 'fail' },
    { name: 'None', bypass: [], expected: 'fail' },
  ])('$name → $expected', ({ bypass, expected }) => {
    const account = storageAccountFixture({ networkRuleSet: { defaultAction: 'Deny', bypass, ipRules: [], virtualNetworkRules: [] } })
    expect(runCheck(check, account).status).toBe(expected)
  })
  it('is an error, never a pass, when the accounts could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storageAccounts.list')).toEqual(['error'])
  })
})
