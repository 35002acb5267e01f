import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-managed-identity.js'
import { webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'system-assigned', identityType: 'SystemAssigned', expected: 'pass' },
    { name: 'user-assigned', identityType: 'UserAssigned', expected: 'pass' },
    { name: 'both', identityType: 'SystemAssigned, UserAssigned', expected: 'pass' },
    { name: 'none', identityType: 'None', expected: 'fail' },
  ] as const
  it.each(cases)('$name → $expected', ({ identityType, expected }) => {
    expect(runCheck(check, webAppFixture({ identityType })).status).toBe(expected)
  })
  it('is ERROR when the apps could not be listed', () => {
    expect(statusesWhenListFails(check, 'appservice', 'webApps.list')).toEqual(['error'])
  })
})
