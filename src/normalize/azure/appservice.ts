import type { Relation, Resource } from '../../core/resource.js'
import type { AppServiceRaw, WebAppRaw } from '../../collect/azure/appservice.js'
import { maybe } from '../common.js'
import { isUnknown } from '../../core/unknown.js'
import { azureRelation, azureResource, azureUid, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceSiteConfig, type AppServiceWebAppAttributes } from './types-management.js'

type SiteConfigRaw = NonNullable<Extract<WebAppRaw['config'], { ok: true }>['value']>

/**
 * The site configuration. An omitted minTlsVersion is the documented default, TLS 1.2
 * (https://learn.microsoft.com/azure/app-service/overview-tls); the other fields have no documented default and stay
 * null when omitted.
 */
export function siteConfigOf(c: SiteConfigRaw): AppServiceSiteConfig {
  return {
    minTlsVersion: c.minTlsVersion ?? '1.2',
    scmMinTlsVersion: c.scmMinTlsVersion ?? null,
    ftpsState: c.ftpsState ?? null,
    remoteDebuggingEnabled: c.remoteDebuggingEnabled ?? null,
    http20Enabled: c.http20Enabled ?? null,
  }
}

/** The app's attributes; the configuration is Unknown when its call failed. */
function webAppAttributes(raw: WebAppRaw): AppServiceWebAppAttributes {
  const s = raw.site
  const kind = s.kind ?? 'app'
  const config = maybe(raw.config, 'webApps.getConfiguration')
  return {
    resourceGroup: resourceGroupOf(s.id!),
    kind,
    isFunctionApp: kind.toLowerCase().includes('functionapp'),
    state: s.state ?? null,
    // An omitted switch is off: clientCertEnabled "Default is false" (Site model of the API); httpsOnly is off until set.
    httpsOnly: s.httpsOnly ?? false,
    clientCertEnabled: s.clientCertEnabled ?? false,
    clientCertMode: s.clientCertMode ?? null,
    identityType: s.identity?.type ?? 'None',
    userAssignedIdentities: Object.keys(s.identity?.userAssignedIdentities ?? {}).map(azureUid),
    publicNetworkAccess: s.publicNetworkAccess || null,
    defaultHostName: s.defaultHostName ?? null,
    config: isUnknown(config) ? config : siteConfigOf(config ?? {}),
  }
}

/** One app → azure.appservice.web-app, related to its plan, user-assigned identities and integration subnet. */
function webAppResource(raw: WebAppRaw, subscription: string): Resource<AppServiceWebAppAttributes> {
  const attributes = webAppAttributes(raw)
  const relations: Relation[] = []
  if (raw.site.serverFarmId) relations.push(azureRelation('in-plan', raw.site.serverFarmId))
  for (const id of attributes.userAssignedIdentities) relations.push(azureRelation('uses-identity', id))
  if (raw.site.virtualNetworkSubnetId) relations.push(azureRelation('in-subnet', raw.site.virtualNetworkSubnetId))
  return azureResource<AppServiceWebAppAttributes>({
    id: raw.site.id!,
    type: AZURE_MANAGEMENT_TYPES.webApp,
    subscription,
    name: raw.site.name,
    location: raw.site.location,
    tags: raw.site.tags,
    attributes,
    relations,
  })
}

/** App Service raw data → azure.appservice.web-app (function apps included). */
export function normalizeAppService(raw: AppServiceRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.apps.map((a) => webAppResource(a, scope.subscription))
}
