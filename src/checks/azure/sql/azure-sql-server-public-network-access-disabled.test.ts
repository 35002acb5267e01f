import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-public-network-access-disabled.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  it.each([
    { publicNetworkAccess: 'Disabled', expected: 'pass' },
    { publicNetworkAccess: 'Enabled', expected: 'fail' },
    { publicNetworkAccess: 'SecuredByPerimeter', expected: 'fail' },
  ])('$publicNetworkAccess → $expected', ({ publicNetworkAccess, expected }) => {
    expect(runCheck(check, sqlServerFixture({ publicNetworkAccess })).status).toBe(expected)
  })
})
