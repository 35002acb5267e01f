import { describe, expect, it } from 'vitest'
import check from './azure-mysql-flexible-server-public-network-access-disabled.js'
import { runCheck } from '../../_shared/testing.js'
import { mysqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  it.each([
    { publicNetworkAccess: 'Disabled', expected: 'pass' },
    { publicNetworkAccess: 'Enabled', expected: 'fail' },
  ])('$publicNetworkAccess → $expected', ({ publicNetworkAccess, expected }) => {
    expect(runCheck(check, mysqlServerFixture({ publicNetworkAccess })).status).toBe(expected)
  })
})
