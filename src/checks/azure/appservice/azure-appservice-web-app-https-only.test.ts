import { describe, expect, it } from 'vitest'
import check from './azure-appservice-web-app-https-only.js'
import { webAppFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'

describe(check.id, () => {
  it('passes when HTTPS only is on', () => {
    expect(runCheck(check, webAppFixture({ httpsOnly: true })).status).toBe('pass')
  })
  it('fails when plain HTTP is answered, naming function apps as such', () => {
    const f = runCheck(check, webAppFixture({ httpsOnly: false, kind: 'functionapp,linux', isFunctionApp: true }, 'orders'))
    expect(f).toMatchObject({ status: 'fail', message: 'Function app orders answers plain HTTP requests: HTTPS only is off.' })
  })
  it('is ERROR when the apps could not be listed', () => {
    expect(statusesWhenListFails(check, 'appservice', 'webApps.list')).toEqual(['error'])
  })
})
