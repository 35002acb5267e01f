import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-min-tls-12.js'
import { unknown } from '../../../core/unknown.js'
import { siteConfig, webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'TLS 1.2', config: siteConfig({ minTlsVersion: '1.2' }), expected: 'pass' },
    { name: 'TLS 1.3', config: siteConfig({ minTlsVersion: '1.3' }), expected: 'pass' },
    { name: 'TLS 1.0', config: siteConfig({ minTlsVersion: '1.0' }), expected: 'fail' },
    { name: 'TLS 1.1', config: siteConfig({ minTlsVersion: '1.1' }), expected: 'fail' },
    { name: 'not collected', config: unknown('webApps.getConfiguration: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ config, expected }) => {
    expect(runCheck(check, webAppFixture({ config })).status).toBe(expected)
  })
})
