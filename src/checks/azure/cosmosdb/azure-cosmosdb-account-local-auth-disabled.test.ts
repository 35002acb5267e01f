import { describe, expect, it } from 'vitest'
import check from './azure-cosmosdb-account-local-auth-disabled.js'
import { runCheck } from '../../_shared/testing.js'
import { cosmosdbAccountFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  it.each([
    { disableLocalAuth: true, expected: 'pass' },
    { disableLocalAuth: false, expected: 'fail' },
  ])('disableLocalAuth $disableLocalAuth → $expected', ({ disableLocalAuth, expected }) => {
    expect(runCheck(check, cosmosdbAccountFixture({ disableLocalAuth })).status).toBe(expected)
  })
})
