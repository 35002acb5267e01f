import { describe, expect, it } from 'vitest'
import type { AppServiceRaw, WebAppRaw } from '../../collect/azure/appservice.js'
import { isUnknown } from '../../core/unknown.js'
import { normalizeAppService, siteConfigOf } from './appservice.js'
import type { AppServiceWebAppAttributes } from './types-management.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ID = `/subscriptions/${SUB}/resourceGroups/RG-Apps/providers/Microsoft.Web/sites/orders`

/** One app: the site as listed and the result of its configuration call. */
function app(site: Partial<WebAppRaw['site']>, config: WebAppRaw['config'] = { ok: true, value: {} }): AppServiceRaw {
  return { apps: [{ site: { id: ID, name: 'orders', location: 'West Europe', ...site }, config }] }
}

function attrs(raw: AppServiceRaw): AppServiceWebAppAttributes {
  return normalizeAppService(raw, { subscription: SUB })[0]!.attributes as AppServiceWebAppAttributes
}

describe('normalizeAppService', () => {
  it('builds the uid, region and kind, and tells function apps apart', () => {
    const [r] = normalizeAppService(app({ kind: 'functionapp,linux', tags: { team: 'orders' } }), { subscription: SUB })
    expect(r).toMatchObject({
      uid: ID.toLowerCase(),
      type: 'azure.appservice.web-app',
      region: 'westeurope',
      name: 'orders',
      tags: { team: 'orders' },
    })
    expect(r!.attributes).toMatchObject({ resourceGroup: 'RG-Apps', kind: 'functionapp,linux', isFunctionApp: true })
    expect(attrs(app({ kind: 'app' })).isFunctionApp).toBe(false)
  })

  it('treats omitted switches as off and an omitted identity as None', () => {
    expect(attrs(app({}))).toMatchObject({
      kind: 'app',
      httpsOnly: false,
      clientCertEnabled: false,
      clientCertMode: null,
      identityType: 'None',
      userAssignedIdentities: [],
      publicNetworkAccess: null,
    })
  })

  it('relates the app to its plan, user-assigned identities and integration subnet (ids lower-cased)', () => {
    const identity = `/subscriptions/${SUB}/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/Id-Orders`
    const [r] = normalizeAppService(
      app({
        serverFarmId: `/subscriptions/${SUB}/resourceGroups/RG-Apps/providers/Microsoft.Web/serverfarms/Plan1`,
        identity: { type: 'SystemAssigned, UserAssigned', userAssignedIdentities: { [identity]: {} } },
        virtualNetworkSubnetId: `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps`,
      }),
      { subscription: SUB },
    )
    expect((r!.attributes as AppServiceWebAppAttributes).userAssignedIdentities).toEqual([identity.toLowerCase()])
    expect(r!.relations).toEqual([
      { kind: 'in-plan', target: `/subscriptions/${SUB}/resourcegroups/rg-apps/providers/microsoft.web/serverfarms/plan1` },
      { kind: 'uses-identity', target: identity.toLowerCase() },
      { kind: 'in-subnet', target: `/subscriptions/${SUB}/resourcegroups/rg-net/providers/microsoft.network/virtualnetworks/vnet/subnets/apps` },
    ])
  })

  it('leaves the configuration Unknown when its call failed', () => {
    const config = attrs(app({}, { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' })).config
    expect(isUnknown(config) && config.$unknown).toBe('webApps.getConfiguration: AuthorizationFailed (HTTP 403)')
  })
})

describe('siteConfigOf', () => {
  it('keeps the reported values', () => {
    expect(
      siteConfigOf({ minTlsVersion: '1.3', scmMinTlsVersion: '1.2', ftpsState: 'Disabled', remoteDebuggingEnabled: false, http20Enabled: true }),
    ).toEqual({
      minTlsVersion: '1.3',
      scmMinTlsVersion: '1.2',
      ftpsState: 'Disabled',
      remoteDebuggingEnabled: false,
      http20Enabled: true,
    })
  })
  it('applies the documented TLS 1.2 default and leaves the rest unreported', () => {
    expect(siteConfigOf({})).toEqual({
      minTlsVersion: '1.2',
      scmMinTlsVersion: null,
      ftpsState: null,
      remoteDebuggingEnabled: null,
      http20Enabled: null,
    })
  })
})
