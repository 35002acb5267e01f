import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-remote-debugging-disabled.js'
import { unknown } from '../../../core/unknown.js'
import { siteConfig, webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'off', config: siteConfig({ remoteDebuggingEnabled: false }), expected: 'pass' },
    { name: 'on', config: siteConfig({ remoteDebuggingEnabled: true }), expected: 'fail' },
    { name: 'not reported', config: siteConfig({ remoteDebuggingEnabled: null }), expected: 'error' },
    { name: 'not collected', config: unknown('webApps.getConfiguration: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ config, expected }) => {
    expect(runCheck(check, webAppFixture({ config })).status).toBe(expected)
  })
})
