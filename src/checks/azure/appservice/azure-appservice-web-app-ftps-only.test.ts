import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-ftps-only.js'
import { unknown } from '../../../core/unknown.js'
import { siteConfig, webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'FTP disabled', config: siteConfig({ ftpsState: 'Disabled' }), expected: 'pass' },
    { name: 'FTPS only', config: siteConfig({ ftpsState: 'FtpsOnly' }), expected: 'pass' },
    { name: 'FTP and FTPS', config: siteConfig({ ftpsState: 'AllAllowed' }), expected: 'fail' },
    { name: 'state not reported', config: siteConfig({ ftpsState: null }), expected: 'error' },
    { name: 'not collected', config: unknown('webApps.getConfiguration: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ config, expected }) => {
    expect(runCheck(check, webAppFixture({ config })).status).toBe(expected)
  })
})
