import { describe, expect, it } from 'vitest'
import check from './azure-cosmosdb-account-public-network-access-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { cosmosdbAccountFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  it.each([
    { publicNetworkAccess: 'Disabled', expected: 'pass' },
    { publicNetworkAccess: 'Enabled', expected: 'fail' },
    { publicNetworkAccess: 'SecuredByPerimeter', expected: 'fail' },
  ])('$publicNetworkAccess → $expected', ({ publicNetworkAccess, expected }) => {
    expect(runCheck(check, cosmosdbAccountFixture({ publicNetworkAccess })).status).toBe(expected)
  })
  it('a failed account list is ERROR', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
