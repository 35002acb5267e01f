import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-http2-enabled.js'
import { unknown } from '../../../core/unknown.js'
import { siteConfig, webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'HTTP/2', config: siteConfig({ http20Enabled: true }), expected: 'pass' },
    { name: 'HTTP/1.1 only', config: siteConfig({ http20Enabled: false }), expected: 'fail' },
    { name: 'not reported', config: siteConfig({ http20Enabled: null }), expected: 'error' },
    { name: 'not collected', config: unknown('webApps.getConfiguration: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ config, expected }) => {
    expect(runCheck(check, webAppFixture({ config })).status).toBe(expected)
  })
})
