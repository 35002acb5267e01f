import { describe, expect, it } from 'vitest'
import check from './azure-acr-registry-admin-user-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { acrRegistryFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  it.each([
    { adminUserEnabled: false, expected: 'pass' },
    { adminUserEnabled: true, expected: 'fail' },
  ])('adminUserEnabled $adminUserEnabled → $expected', ({ adminUserEnabled, expected }) => {
    expect(runCheck(check, acrRegistryFixture({ adminUserEnabled })).status).toBe(expected)
  })
  it('a failed registry list is ERROR', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
