import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-client-certificates.js'
import { webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'required', clientCertEnabled: true, clientCertMode: 'Required', expected: 'pass' },
    { name: 'optional', clientCertEnabled: true, clientCertMode: 'Optional', expected: 'fail' },
    { name: 'optional for interactive users', clientCertEnabled: true, clientCertMode: 'OptionalInteractiveUser', expected: 'fail' },
    { name: 'off', clientCertEnabled: false, clientCertMode: 'Required', expected: 'fail' },
    { name: 'on, mode not reported', clientCertEnabled: true, clientCertMode: null, expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ clientCertEnabled, clientCertMode, expected }) => {
    expect(runCheck(check, webAppFixture({ clientCertEnabled, clientCertMode })).status).toBe(expected)
  })
  it('is ERROR when the apps could not be listed', () => {
    expect(statusesWhenListFails(check, 'appservice', 'webApps.list')).toEqual(['error'])
  })
})
